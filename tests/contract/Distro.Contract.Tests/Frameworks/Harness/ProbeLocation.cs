namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>Where a probe goes, named as a user names it in a configuration: namespace, class, method and file.</summary>
public sealed record ProbeLocation(string CodeUnit, string ClassName, string MethodName, string FilePath, int LineNumber = 0)
{
    /// <summary>The function name of the method's frames in a captured stack.</summary>
    public string FunctionName => $"{CodeUnit}.{ClassName}.{MethodName}";

    public ProbeLocation AtLine(int lineNumber) => this with { LineNumber = lineNumber };
}
