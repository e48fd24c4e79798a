namespace Distro.Debugger.Resolution;

/// <summary>Where a method's code starts in the source, as its PDB records it.</summary>
internal sealed record SourceLocation(string FilePath, int Line);
