using System.Reflection.Metadata;

namespace Distro.Debugger.Resolution;

/// <summary>A document of a PDB, with its path as the build recorded it.</summary>
internal sealed record SourceDocument(DocumentHandle Handle, string Path);
