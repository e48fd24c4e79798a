using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class CaptureSelectionTests
{
    private static CaptureSelection Arguments(string? value, out ConfigurationParseResult result)
    {
        var capture = value is null ? "{}" : $$"""{"CaptureArguments":{{value}}}""";
        return ConfigJson.Single(ConfigJson.Configuration(codeCapture: capture), out result).Capture.Arguments;
    }

    [Fact]
    public void Parse_AbsentSelection_CapturesNone()
    {
        var selection = Arguments(null, out var result);

        Assert.Equal(CaptureSelection.None, selection);
        Assert.False(selection.Includes("id"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_EmptyList_CapturesAll()
    {
        var selection = Arguments("[]", out var result);

        Assert.Equal(CaptureSelectionMode.All, selection.Mode);
        Assert.True(selection.Includes("anything"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_ListOfNames_CapturesThoseNamesOnce()
    {
        var selection = Arguments("""["id","total","id"]""", out var result);

        Assert.Equal(CaptureSelectionMode.Named, selection.Mode);
        Assert.Equal<string>(["id", "total"], selection.Names);
        Assert.True(selection.Includes("total"));
        Assert.False(selection.Includes("Total"));
        Assert.False(selection.Includes("other"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_ListWithNonStringNames_SkipsThemWithDiagnostics()
    {
        var selection = Arguments("""["id",3,{"n":"x"},""," ","total"]""", out var result);

        Assert.Equal<string>(["id", "total"], selection.Names);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Issue == ConfigurationIssue.WrongType));
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("CaptureArguments[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ListWithNoUsableName_CapturesNoneRatherThanAll()
    {
        var selection = Arguments("""[1,null,false]""", out var result);

        Assert.Equal(CaptureSelection.None, selection);
        Assert.Contains(result.Diagnostics, d => d.Issue == ConfigurationIssue.InvalidValue && d.Path.EndsWith("CaptureArguments", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TrueInsteadOfList_CapturesAllWithDiagnostic()
    {
        var selection = Arguments("true", out var result);

        Assert.Equal(CaptureSelection.All, selection);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, "CaptureArguments").Issue);
    }

    [Fact]
    public void Parse_SingleNameInsteadOfList_CapturesThatNameWithDiagnostic()
    {
        var selection = Arguments("\"total\"", out var result);

        Assert.Equal<string>(["total"], selection.Names);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, "CaptureArguments").Issue);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("7")]
    [InlineData("{}")]
    [InlineData("\"\"")]
    public void Parse_UnusableSelection_CapturesNoneWithDiagnostic(string value)
    {
        var selection = Arguments(value, out var result);

        Assert.Equal(CaptureSelection.None, selection);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, "CaptureArguments").Issue);
    }

    [Fact]
    public void Parse_Locals_FollowTheSameRules()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(codeCapture: """{"CaptureLocals":["a","b"],"CaptureArguments":[]}"""));

        Assert.Equal<string>(["a", "b"], configuration.Capture.Locals.Names);
        Assert.Equal(CaptureSelection.All, configuration.Capture.Arguments);
    }

    [Fact]
    public void Named_SameNamesInSameOrder_AreEqual()
    {
        Assert.Equal(CaptureSelection.Named(["a", "b"]), CaptureSelection.Named(["a", "b"]));
        Assert.Equal(CaptureSelection.Named(["a", "b"]).GetHashCode(), CaptureSelection.Named(["a", "b"]).GetHashCode());
        Assert.NotEqual(CaptureSelection.Named(["a"]), CaptureSelection.Named(["b"]));
        Assert.Equal(CaptureSelection.None, CaptureSelection.Named([]));
    }
}
