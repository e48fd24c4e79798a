namespace Distro.Debugger.Configuration;

/// <summary>
/// Where to instrument, as the operator named it. Names are kept as written: the resolver accepts every spelling.
/// Empty strings stand for absent names.
/// </summary>
/// <remarks>
/// <para><c>LineNumber</c>: 0 for a method-level probe; greater than 0 for a line probe (BREAKPOINT only).</para>
/// </remarks>
internal sealed record CodeLocation(
    string Language,
    string CodeUnit,
    string ClassName,
    string MethodName,
    string FilePath,
    int LineNumber)
{
    public bool IsLineLevel => LineNumber > 0;
}
