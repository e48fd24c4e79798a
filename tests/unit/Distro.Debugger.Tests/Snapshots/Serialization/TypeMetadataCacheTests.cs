using System.Reflection;
using System.Reflection.Emit;
using Distro.Debugger.Snapshots.Serialization.Metadata;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class TypeMetadataCacheTests
{
    [Fact]
    public void Get_OrdinaryType_IsCachedOnce()
    {
        var first = TypeMetadataCache.Get(typeof(Measurement));
        var second = TypeMetadataCache.Get(typeof(Measurement));

        Assert.Same(first, second);
        Assert.True(TypeMetadataCache.Contains(typeof(Measurement)));
    }

    [Theory]
    [InlineData(typeof(int))]
    [InlineData(typeof(string))]
    [InlineData(typeof(DateTimeOffset))]
    [InlineData(typeof(KeyValuePair<string, int>))]
    public void ForEveryValueOf_TypeWhoseValuesAllHaveIt_IsItsMetadata(Type declared) =>
        Assert.Same(TypeMetadataCache.Get(declared), TypeMetadataCache.ForEveryValueOf(declared));

    [Theory]
    [InlineData(typeof(object))]
    [InlineData(typeof(int?))]
    [InlineData(typeof(string[]))]
    [InlineData(typeof(Exception))]
    [InlineData(typeof(IComparable))]
    [InlineData(typeof(ValueType))]
    [InlineData(typeof(Enum))]
    public void ForEveryValueOf_TypeThatHoldsValuesOfOtherTypes_IsNull(Type declared) =>
        Assert.Null(TypeMetadataCache.ForEveryValueOf(declared));

    [Fact]
    public void WriteValue_ArrayFieldHoldingACovariantArray_NamesTheArrayItHolds()
    {
        object[] strings = new string[] { "a" };

        var json = Capture.Json(Tuple.Create(strings));

        Assert.Contains("\"type\":\"System.String[]\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteValue_TypeFromCollectibleAssembly_IsWrittenButNeverCached()
    {
        var type = DefineCollectibleType();
        var instance = Activator.CreateInstance(type)!;
        var list = Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;

        var json = Capture.Json(instance);
        Capture.Json(list);

        Assert.Equal(
            Cv.Fields("Dynamic.Sample", $""" "Value":{Cv.Int(0)},"Raw":{Cv.NotCaptured("System.Int32*", "pointer")}""".Trim()),
            json);
        Assert.True(type.IsCollectible);
        Assert.False(TypeMetadataCache.Contains(type));
        Assert.False(TypeMetadataCache.Contains(list.GetType()));
    }

    private static Type DefineCollectibleType()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Dynamic.Collectible"), AssemblyBuilderAccess.RunAndCollect);
        var module = assembly.DefineDynamicModule("Dynamic.Collectible");
        var type = module.DefineType("Dynamic.Sample", TypeAttributes.Public | TypeAttributes.Sealed);
        type.DefineField("Value", typeof(int), FieldAttributes.Public);
        type.DefineField("Raw", typeof(int).MakePointerType(), FieldAttributes.Public);
        return type.CreateType();
    }
}
