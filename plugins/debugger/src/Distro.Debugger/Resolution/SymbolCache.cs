using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Open portable PDBs, at most <c>capacity</c> of them, the least recently used evicted and freed. Keyed by module
/// version id and path, never by <see cref="Assembly"/>, so a collectible assembly is not kept alive. Why an assembly
/// has no usable symbols is remembered too (in a larger bound), so a missing PDB is not looked for on every probe.
/// Thread-safe.
/// </summary>
internal sealed class SymbolCache : IDisposable
{
    public const int DefaultCapacity = 64;
    private const int RememberedProblems = 1024;

    private readonly object _gate = new();
    private readonly LruCache<SymbolKey, SymbolFile> _files;
    private readonly LruCache<SymbolKey, SymbolsUnavailable> _problems = new(RememberedProblems);
    private bool _disposed;

    public SymbolCache(int capacity = DefaultCapacity) => _files = new LruCache<SymbolKey, SymbolFile>(capacity);

    public int OpenFileCount
    {
        get
        {
            lock (_gate)
            {
                return _files.Count;
            }
        }
    }

    public bool TryAcquire(Assembly assembly, [NotNullWhen(true)] out SymbolLease? lease, [NotNullWhen(false)] out SymbolsUnavailable? problem)
    {
        if (string.IsNullOrEmpty(assembly.Location))
        {
            lease = null;
            problem = SymbolsUnavailable.Because($"{assembly.GetName().Name} was loaded from memory: there is no file to find its PDB next to");
            return false;
        }

        return TryAcquire(new SymbolKey(assembly.ManifestModule.ModuleVersionId, assembly.Location), out lease, out problem);
    }

    /// <summary>The symbols of an assembly file that is not loaded.</summary>
    public bool TryAcquire(string assemblyPath, [NotNullWhen(true)] out SymbolLease? lease, [NotNullWhen(false)] out SymbolsUnavailable? problem)
    {
        Guid moduleVersionId;
        try
        {
            moduleVersionId = SymbolFileLoader.ReadModuleVersionId(assemblyPath);
        }
        catch (Exception exception)
        {
            lease = null;
            problem = SymbolsUnavailable.Because($"{Path.GetFileName(assemblyPath)} cannot be read: {exception.Message}");
            return false;
        }

        return TryAcquire(new SymbolKey(moduleVersionId, assemblyPath), out lease, out problem);
    }

    private bool TryAcquire(SymbolKey key, [NotNullWhen(true)] out SymbolLease? lease, [NotNullWhen(false)] out SymbolsUnavailable? problem)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            lease = null;
            if (_problems.TryGet(key, out problem))
            {
                return false;
            }

            if (!_files.TryGet(key, out var file))
            {
                file = SymbolFileLoader.Load(key.Path, out problem);
                if (file is null)
                {
                    problem ??= SymbolsUnavailable.Because("no symbols");
                    _problems.Add(key, problem);
                    DebuggerEventSource.Log.SymbolsUnavailable(key.Path, problem.Reason);
                    return false;
                }

                foreach (var evicted in _files.Add(key, file))
                {
                    evicted.Retire();
                }
            }

            file.Enter();
            lease = new SymbolLease(file);
            problem = null;
            return true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var file in _files.Clear())
            {
                file.Retire();
            }

            _problems.Clear();
        }
    }

    private readonly record struct SymbolKey(Guid ModuleVersionId, string Path);
}
