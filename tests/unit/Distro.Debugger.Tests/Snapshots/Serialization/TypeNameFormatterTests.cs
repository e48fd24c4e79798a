using Distro.Debugger.Snapshots.Serialization;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class TypeNameFormatterTests
{
    public static TheoryData<Type, string> Names => new()
    {
        { typeof(int), "System.Int32" },
        { typeof(string), "System.String" },
        { typeof(List<Item>), "System.Collections.Generic.List<Shop.Item>" },
        { typeof(Dictionary<string, int>), "System.Collections.Generic.Dictionary<System.String, System.Int32>" },
        { typeof(Outer.Inner), "Shop.Outer+Inner" },
        { typeof(GenericOuter<int>.Inner<string>), "Shop.GenericOuter<System.Int32>+Inner<System.String>" },
        { typeof(List<int>.Enumerator), "System.Collections.Generic.List<System.Int32>+Enumerator" },
        { typeof(int[]), "System.Int32[]" },
        { typeof(int[,]), "System.Int32[,]" },
        { typeof(int[][]), "System.Int32[][]" },
        { typeof(int?), "System.Nullable<System.Int32>" },
        { typeof((int, string)), "System.ValueTuple<System.Int32, System.String>" },
        { typeof(List<>), "System.Collections.Generic.List<T>" },
        { typeof(int).MakePointerType(), "System.Int32*" },
        { typeof(int).MakeByRefType(), "System.Int32&" },
        { typeof(Dictionary<string, List<int?>>), "System.Collections.Generic.Dictionary<System.String, System.Collections.Generic.List<System.Nullable<System.Int32>>>" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Format_KnownType_UsesSnapshotNotation(Type type, string expected) =>
        Assert.Equal(expected, TypeNameFormatter.Format(type));

    [Fact]
    public void Format_AnonymousType_UsesMetadataNameWithArguments()
    {
        var anonymous = new { A = 1, B = "x" };

        var name = TypeNameFormatter.Format(anonymous.GetType());

        Assert.StartsWith("<>f__AnonymousType", name, StringComparison.Ordinal);
        Assert.EndsWith("<System.Int32, System.String>", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MultiDimensionalArrayOfRankOne_IsMarkedWithStar() =>
        Assert.Equal("System.Int32[*]", TypeNameFormatter.Format(typeof(int).MakeArrayType(1)));
}
