using Distro.Host.Configuration;

namespace Distro.Host.Tests.Configuration;

public sealed class ResourceAttributeParserTests
{
    [Fact]
    public void Parse_PercentEncodedValues_DecodesThem()
    {
        var attributes = ResourceAttributeParser.Parse("team=a%20b, region = eu%2Cwest ,url=http%3A%2F%2Fx", Unexpected);

        Assert.Equal(
            new Dictionary<string, string> { ["team"] = "a b", ["region"] = "eu,west", ["url"] = "http://x" },
            attributes);
    }

    [Theory]
    [InlineData("novalue", "\"novalue\" is not a key=value pair; skipped")]
    [InlineData("=orphan", "\"=orphan\" is not a key=value pair; skipped")]
    [InlineData("k=%zz", "the value of \"k\" has a '%' that does not start a two-digit hexadecimal escape; skipped")]
    [InlineData("k=50%", "the value of \"k\" has a '%' that does not start a two-digit hexadecimal escape; skipped")]
    public void Parse_MalformedPair_SkipsItReportsItAndKeepsTheOthers(string malformed, string expectedMessage)
    {
        var messages = new List<string>();

        var attributes = ResourceAttributeParser.Parse($"a=1,{malformed},b=2", messages.Add);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, attributes);
        Assert.Equal([expectedMessage], messages);
    }

    [Fact]
    public void Parse_RepeatedKey_KeepsTheLastValue()
    {
        var attributes = ResourceAttributeParser.Parse("k=1,k=2", Unexpected);

        Assert.Equal("2", attributes["k"]);
    }

    [Fact]
    public void Parse_EmptyValueAndEmptyEntries_KeepsTheEmptyValueAndIgnoresTheEmptyEntries()
    {
        var attributes = ResourceAttributeParser.Parse(",k=,,", Unexpected);

        Assert.Equal(new Dictionary<string, string> { ["k"] = "" }, attributes);
    }

    [Fact]
    public void Parse_Null_ReturnsNothing()
    {
        Assert.Empty(ResourceAttributeParser.Parse(null, Unexpected));
    }

    private static void Unexpected(string message) => Assert.Fail($"unexpected diagnostic: {message}");
}
