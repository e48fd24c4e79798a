using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Opens the portable PDB of an assembly file: embedded in the PE, or side by side (the CodeView entry's file name,
/// then the assembly's name with .pdb), and accepts it only when its id is the one the assembly's CodeView entry
/// expects. Windows PDBs are recognized and refused: only portable PDBs can be read here.
/// </summary>
internal static class SymbolFileLoader
{
    // A CodeView entry for a portable PDB has minor version 'PM'; a Windows PDB's has 0.
    private const ushort PortableCodeViewMinorVersion = 0x504D;

    private static readonly byte[] s_windowsPdbSignature = "Microsoft C/C++ MSF 7.00"u8.ToArray();

    public static SymbolFile? Load(string assemblyPath, out SymbolsUnavailable? problem)
    {
        var fileName = Path.GetFileName(assemblyPath);
        try
        {
            using var stream = OpenShared(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                problem = SymbolsUnavailable.Because($"{fileName} is not a .NET assembly");
                return null;
            }

            var entries = pe.ReadDebugDirectory();
            var codeView = entries.FirstOrDefault(entry => entry.Type == DebugDirectoryEntryType.CodeView);
            if (codeView.Type != DebugDirectoryEntryType.CodeView)
            {
                problem = SymbolsUnavailable.Because($"{fileName} was built without debug information (no CodeView entry), so no PDB can be matched to it");
                return null;
            }

            var codeViewData = pe.ReadCodeViewDebugDirectoryData(codeView);
            var expectedId = new BlobContentId(codeViewData.Guid, codeView.Stamp);
            var embedded = entries.FirstOrDefault(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            if (embedded.Type == DebugDirectoryEntryType.EmbeddedPortablePdb)
            {
                return Accept(pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded), expectedId, $"the PDB embedded in {fileName}", out problem);
            }

            if (codeView.MinorVersion != PortableCodeViewMinorVersion)
            {
                problem = WindowsPdb(fileName);
                return null;
            }

            foreach (var candidate in SideBySideCandidates(assemblyPath, codeViewData.Path))
            {
                if (File.Exists(candidate))
                {
                    return LoadSideBySide(candidate, fileName, expectedId, out problem);
                }
            }

            problem = SymbolsUnavailable.Because($"{fileName} has no PDB next to it ({Path.ChangeExtension(fileName, ".pdb")}) and none embedded");
            return null;
        }
        catch (Exception exception)
        {
            problem = SymbolsUnavailable.Because($"the symbols of {fileName} cannot be read: {exception.Message}");
            return null;
        }
    }

    /// <summary>The module version id of an assembly file, read from its metadata without loading it.</summary>
    public static Guid ReadModuleVersionId(string assemblyPath)
    {
        using var stream = OpenShared(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.GetGuid(reader.GetModuleDefinition().Mvid);
    }

    private static SymbolFile? LoadSideBySide(string pdbPath, string assemblyFileName, BlobContentId expectedId, out SymbolsUnavailable? problem)
    {
        using var stream = OpenShared(pdbPath);
        Span<byte> header = stackalloc byte[s_windowsPdbSignature.Length];
        stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (header.SequenceEqual(s_windowsPdbSignature))
        {
            problem = WindowsPdb(assemblyFileName);
            return null;
        }

        stream.Position = 0;
        var provider = MetadataReaderProvider.FromPortablePdbStream(stream, MetadataStreamOptions.PrefetchMetadata);
        return Accept(provider, expectedId, pdbPath, out problem);
    }

    private static SymbolFile? Accept(MetadataReaderProvider provider, BlobContentId expectedId, string origin, out SymbolsUnavailable? problem)
    {
        try
        {
            var reader = provider.GetMetadataReader();
            if (reader.DebugMetadataHeader is not { } header)
            {
                problem = SymbolsUnavailable.Because($"{origin} is not a portable PDB");
                provider.Dispose();
                return null;
            }

            var actualId = new BlobContentId(header.Id);
            if (actualId != expectedId)
            {
                var documents = SymbolFile.ReadDocuments(reader).Select(document => document.Path).ToArray();
                problem = new SymbolsUnavailable(
                    $"{origin} belongs to another build of the assembly (PDB id {actualId.Guid:N}-{actualId.Stamp:X8}, the assembly expects {expectedId.Guid:N}-{expectedId.Stamp:X8})",
                    documents);
                provider.Dispose();
                return null;
            }

            problem = null;
            return new SymbolFile(provider, origin);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    private static IEnumerable<string> SideBySideCandidates(string assemblyPath, string codeViewPath)
    {
        var directory = Path.GetDirectoryName(assemblyPath) ?? string.Empty;
        var recordedName = codeViewPath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (!string.IsNullOrEmpty(recordedName))
        {
            yield return Path.Combine(directory, recordedName);
        }

        yield return Path.ChangeExtension(assemblyPath, ".pdb");
    }

    private static SymbolsUnavailable WindowsPdb(string assemblyFileName) =>
        SymbolsUnavailable.Because($"{assemblyFileName} comes with a Windows PDB, which is not supported: build it with <DebugType>portable</DebugType> or <DebugType>embedded</DebugType>");

    private static FileStream OpenShared(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
