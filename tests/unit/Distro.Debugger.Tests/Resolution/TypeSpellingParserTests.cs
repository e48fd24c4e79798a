using Distro.Debugger.Resolution;

namespace Distro.Debugger.Tests.Resolution;

public class TypeSpellingParserTests
{
    [Fact]
    public void TryParse_Keyword_BecomesSystemType()
    {
        var named = Parse<NamedTypeSpelling>("int");

        Assert.Equal([new NameSegment("System", null), new NameSegment("Int32", 0)], named.Segments);
    }

    [Fact]
    public void TryParse_NestedGenericArguments_KeepsTheirStructure()
    {
        var named = Parse<NamedTypeSpelling>("Dictionary<string, List<int>>");

        Assert.Equal(new NameSegment("Dictionary", 2), Assert.Single(named.Segments));
        var list = Assert.IsType<NamedTypeSpelling>(named.Arguments[1]);
        Assert.Equal(new NameSegment("List", 1), Assert.Single(list.Segments));
    }

    [Fact]
    public void TryParse_ReflectionGenericArguments_ReadLikeCSharp()
    {
        var csharp = Parse<NamedTypeSpelling>("System.Collections.Generic.List<System.Int32>");
        var reflection = Parse<NamedTypeSpelling>("System.Collections.Generic.List`1[[System.Int32, System.Private.CoreLib, Version=10.0.0.0]]");

        Assert.Equal(csharp.Segments, reflection.Segments);
        Assert.All([csharp, reflection], spelling => Assert.True(TypeSpellingMatcher.Matches(spelling, typeof(List<int>))));
        Assert.All([csharp, reflection], spelling => Assert.False(TypeSpellingMatcher.Matches(spelling, typeof(List<long>))));
    }

    [Fact]
    public void TryParse_UnboundGeneric_KeepsArityOnly()
    {
        var named = Parse<NamedTypeSpelling>("Pair<,>");

        Assert.Equal(new NameSegment("Pair", 2), Assert.Single(named.Segments));
        Assert.Empty(named.Arguments);
    }

    [Fact]
    public void TryParse_JaggedArray_OutermostRankFirstAsInCSharp()
    {
        var outer = Parse<ArrayTypeSpelling>("int[][,]");

        Assert.Equal(1, outer.Rank);
        Assert.Equal(2, Assert.IsType<ArrayTypeSpelling>(outer.Element).Rank);
        Assert.True(TypeSpellingMatcher.Matches(outer, typeof(int[][,])));
        Assert.False(TypeSpellingMatcher.Matches(outer, typeof(int[,][])));
    }

    [Fact]
    public void TryParse_LongTuple_NestsTheRestLikeValueTuple()
    {
        var tuple = Parse<NamedTypeSpelling>("(int, int, int, int, int, int, int, string, bool)");

        Assert.True(TypeSpellingMatcher.Matches(tuple, typeof((int, int, int, int, int, int, int, string, bool))));
    }

    [Theory]
    [InlineData("string?", typeof(string))]
    [InlineData("int?", typeof(int?))]
    [InlineData("int[]?", typeof(int[]))]
    [InlineData("int*", typeof(int*))]
    [InlineData("Outer+Inner", typeof(Acme.Shop.Outer.Inner))]
    [InlineData("@string", typeof(string))]
    public void TryParse_Suffixes_MatchTheType(string spelling, Type type)
    {
        Assert.True(TypeSpellingParser.TryParse(spelling, out var parsed, out var error), error);
        Assert.True(TypeSpellingMatcher.Matches(parsed, type));
    }

    [Fact]
    public void TryParse_NullableValueType_DoesNotMatchPlainValueType()
    {
        Assert.False(TypeSpellingMatcher.Matches(Parse<NullableTypeSpelling>("int?"), typeof(int)));
    }

    [Theory]
    [InlineData("List<int")]
    [InlineData("List<int>>")]
    [InlineData("(int)")]
    [InlineData("int[")]
    [InlineData("Box`x")]
    [InlineData("Box`2<int>")]
    [InlineData("")]
    public void TryParse_Malformed_FailsWithMessage(string spelling)
    {
        Assert.False(TypeSpellingParser.TryParse(spelling, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void TryParse_HostileNesting_FailsInsteadOfOverflowing()
    {
        var spelling = string.Concat(Enumerable.Repeat("List<", 10_000)) + "int" + new string('>', 10_000);

        Assert.False(TypeSpellingParser.TryParse(spelling, out _, out var error));
        Assert.Contains("nested too deeply", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ref int")]
    [InlineData("out int value")]
    [InlineData("in int")]
    [InlineData("ref readonly int")]
    [InlineData("scoped ref int value")]
    [InlineData("System.Int32&")]
    public void TryParseParameter_ByRefModifiers_MatchByRefType(string parameter)
    {
        Assert.True(TypeSpellingParser.TryParseParameter(parameter, out var parsed, out var error), error);
        Assert.True(TypeSpellingMatcher.Matches(parsed, typeof(int).MakeByRefType()));
        Assert.False(TypeSpellingMatcher.Matches(parsed, typeof(int)));
    }

    [Theory]
    [InlineData("params int[] values")]
    [InlineData("[NotNull] int[] values = null")]
    [InlineData("this int[] values")]
    public void TryParseParameter_OtherModifiersNamesAndDefaults_AreIgnored(string parameter)
    {
        Assert.True(TypeSpellingParser.TryParseParameter(parameter, out var parsed, out var error), error);
        Assert.True(TypeSpellingMatcher.Matches(parsed, typeof(int[])));
    }

    private static T Parse<T>(string spelling)
        where T : TypeSpelling
    {
        Assert.True(TypeSpellingParser.TryParse(spelling, out var parsed, out var error), error);
        return Assert.IsType<T>(parsed);
    }
}
