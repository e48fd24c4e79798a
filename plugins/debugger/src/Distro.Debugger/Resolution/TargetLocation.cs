namespace Distro.Debugger.Resolution;

/// <summary>
/// Where a probe goes, as its configuration names it: plain text in whatever spelling the user wrote.
/// A line number of 0 asks for a method probe; above 0, for a line probe that needs only the file.
/// </summary>
internal sealed record TargetLocation
{
    public TargetLocation(string? codeUnit, string? className, string? methodName, string? filePath, int lineNumber)
    {
        CodeUnit = codeUnit?.Trim() ?? string.Empty;
        ClassName = className?.Trim() ?? string.Empty;
        MethodName = methodName?.Trim() ?? string.Empty;
        FilePath = filePath?.Trim() ?? string.Empty;
        LineNumber = lineNumber;
    }

    /// <summary>The namespace (empty for the global namespace), or the name of the assembly.</summary>
    public string CodeUnit { get; }

    public string ClassName { get; }

    public string MethodName { get; }

    public string FilePath { get; }

    public int LineNumber { get; }

    public bool IsLineProbe => LineNumber > 0;

    public override string ToString() =>
        IsLineProbe ? $"{FilePath}:{LineNumber}" : string.Join('.', new[] { CodeUnit, ClassName, MethodName }.Where(part => part.Length > 0));
}
