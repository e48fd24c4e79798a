namespace Distro.Debugger.Resolution;

/// <summary>
/// Why an assembly has no usable portable PDB. <see cref="DocumentPaths"/> lists the documents of a PDB that was found
/// but belongs to another build, which still tells which source files the assembly was built from.
/// </summary>
internal sealed record SymbolsUnavailable(string Reason, IReadOnlyList<string> DocumentPaths)
{
    public static SymbolsUnavailable Because(string reason) => new(reason, []);
}
