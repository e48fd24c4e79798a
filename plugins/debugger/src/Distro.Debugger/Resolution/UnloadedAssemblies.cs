using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Looks for a target in the assemblies the application has not loaded yet, reading their metadata and PDBs from
/// disk without loading them, so that a probe waits for its assembly instead of failing. Refused assemblies are
/// never read.
/// </summary>
internal sealed class UnloadedAssemblies(AssemblyCatalog catalog, SymbolCache symbols)
{
    // Per assembly file, the sorted hashes of its types' simple names: a file that cannot define the named type is
    // skipped without being opened again. The files are the runtime's trusted assemblies, a list fixed at start-up.
    private readonly ConcurrentDictionary<string, int[]> _typeNameHashes = new(StringComparer.Ordinal);

    /// <summary>The names of not-yet-loaded assemblies that define a type the pattern names.</summary>
    public IReadOnlyList<string> Defining(ClassNamePattern pattern, string codeUnit, IReadOnlyList<Assembly> loaded)
    {
        var names = new List<string>();
        foreach (var path in Candidates(loaded))
        {
            try
            {
                if (MayDefine(path, pattern.SimpleName) && DefinedAssemblyName(path, pattern, codeUnit) is { } name)
                {
                    names.Add(name);
                }
            }
            catch (Exception exception)
            {
                DebuggerEventSource.Log.AssemblyFileUnreadable(path, exception.Message);
            }
        }

        return names;
    }

    /// <summary>The names of not-yet-loaded assemblies whose PDB has a document the path matches.</summary>
    public IReadOnlyList<string> WithDocument(SourcePathPattern path, IReadOnlyList<Assembly> loaded)
    {
        var names = new List<string>();
        foreach (var file in Candidates(loaded))
        {
            if (!symbols.TryAcquire(file, out var lease, out _))
            {
                continue;
            }

            using (lease)
            {
                if (lease.File.Documents.Any(document => path.Score(document.Path) > 0))
                {
                    names.Add(Path.GetFileNameWithoutExtension(file));
                }
            }
        }

        return names;
    }

    private IEnumerable<string> Candidates(IReadOnlyList<Assembly> loaded) =>
        catalog.NotYetLoaded(loaded).Where(path => RefusedAssemblies.WhyRefused(Path.GetFileNameWithoutExtension(path)) is null);

    private bool MayDefine(string path, string simpleName) =>
        Array.BinarySearch(_typeNameHashes.GetOrAdd(path, TypeNameHashes), StringComparer.Ordinal.GetHashCode(simpleName)) >= 0;

    private static int[] TypeNameHashes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return [];
        }

        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            return [];
        }

        var hashes = reader.TypeDefinitions
            .Select(handle => StringComparer.Ordinal.GetHashCode(NameSegment.Split(reader.GetString(reader.GetTypeDefinition(handle).Name)).Name))
            .Distinct()
            .ToArray();
        Array.Sort(hashes);
        return hashes;
    }

    private static string? DefinedAssemblyName(string path, ClassNamePattern pattern, string codeUnit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            return null;
        }

        var assemblyName = reader.GetString(reader.GetAssemblyDefinition().Name);
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            if (NameSegment.Split(reader.GetString(definition.Name)).Name == pattern.SimpleName
                && pattern.Match(TypePath.Of(reader, definition), codeUnit, assemblyName) != TypeMatch.None)
            {
                return assemblyName;
            }
        }

        return null;
    }
}
