using Distro.Debugger.Resolution;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>Locations as configurations name them, and the assertions the resolution tests share.</summary>
internal static class Locations
{
    public const string TargetsNamespace = "Acme.Shop";
    public const string TargetsAssembly = "Acme.ProbeTargets";

    public static TargetLocation Method(string codeUnit, string className, string methodName) =>
        new(codeUnit, className, methodName, filePath: null, lineNumber: 0);

    public static TargetLocation Line(string filePath, int line) =>
        new(codeUnit: null, className: null, methodName: null, filePath, line);

    public static IReadOnlyList<ResolvedTarget> AssertResolved(ResolutionResult result)
    {
        var resolved = Assert.IsType<ResolvedTargets>(result, exactMatch: false);
        Assert.NotEmpty(resolved.Targets);
        return resolved.Targets;
    }

    public static ResolvedTarget AssertSingleTarget(ResolutionResult result) => Assert.Single(AssertResolved(result));

    public static LineBinding AssertSingleLine(ResolutionResult result) =>
        Assert.IsType<LineBinding>(AssertSingleTarget(result).Line);

    public static FailedResolution AssertFailed(ResolutionResult result, ResolutionFailure cause)
    {
        var failed = Assert.IsType<FailedResolution>(result);
        Assert.Equal(cause, failed.Cause);
        Assert.False(string.IsNullOrWhiteSpace(failed.Message));
        return failed;
    }

    public static string[] LocalNames(LineBinding line) => [.. line.Locals.Select(local => local.Name).Order(StringComparer.Ordinal)];

    public static string[] CapturedNames(LineBinding line) => [.. line.CapturedVariables.Select(variable => variable.Name).Order(StringComparer.Ordinal)];

    public static CapturedVariable Captured(LineBinding line, string name) =>
        Assert.Single(line.CapturedVariables, variable => variable.Name == name);
}
