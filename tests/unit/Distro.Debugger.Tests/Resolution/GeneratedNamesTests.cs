using Distro.Debugger.Resolution;

namespace Distro.Debugger.Tests.Resolution;

public class GeneratedNamesTests
{
    [Theory]
    [InlineData("<Main>b__0_0", "Main")]
    [InlineData("<.ctor>b__3", ".ctor")]
    [InlineData("<System.Collections.Generic.IEnumerable<System.Int32>.GetEnumerator>b__1_0", "System.Collections.Generic.IEnumerable<System.Int32>.GetEnumerator")]
    public void IsLambda_LambdaNames_GiveEnclosingMethod(string name, string enclosing)
    {
        Assert.True(GeneratedNames.IsLambda(name, out var actual));
        Assert.Equal(enclosing, actual);
    }

    [Theory]
    [InlineData("Main")]
    [InlineData("<Main>g__Local|0_0")]
    [InlineData("<Main>d__0")]
    [InlineData("<>")]
    [InlineData("<Main>b_")]
    public void IsLambda_OtherNames_IsFalse(string name)
    {
        Assert.False(GeneratedNames.IsLambda(name, out _));
    }

    [Fact]
    public void IsLocalFunction_LocalFunctionName_GivesBothNames()
    {
        Assert.True(GeneratedNames.IsLocalFunction("<Count>g__Weigh|0_0", out var enclosing, out var local));
        Assert.Equal("Count", enclosing);
        Assert.Equal("Weigh", local);
    }

    [Theory]
    [InlineData("<total>5__2", "total", 1)]
    [InlineData("<i>5__1", "i", 0)]
    public void IsHoistedLocal_HoistedFieldNames_GiveSourceNameAndSlot(string field, string name, int slot)
    {
        Assert.True(GeneratedNames.IsHoistedLocal(field, out var actualName, out var actualSlot));
        Assert.Equal(name, actualName);
        Assert.Equal(slot, actualSlot);
    }

    [Theory]
    [InlineData("<>4__this")]
    [InlineData("<>u__1")]
    [InlineData("<total>5__0")]
    [InlineData("<total>5__x")]
    [InlineData("total")]
    public void IsHoistedLocal_OtherFields_IsFalse(string field)
    {
        Assert.False(GeneratedNames.IsHoistedLocal(field, out _, out _));
    }
}
