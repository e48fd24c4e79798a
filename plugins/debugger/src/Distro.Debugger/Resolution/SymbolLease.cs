namespace Distro.Debugger.Resolution;

/// <summary>Use of a cached <see cref="SymbolFile"/>: while the lease lasts, eviction cannot free the file's memory.</summary>
internal sealed class SymbolLease : IDisposable
{
    private SymbolFile? _file;

    public SymbolLease(SymbolFile file) => _file = file;

    public SymbolFile File => _file ?? throw new ObjectDisposedException(nameof(SymbolLease));

    public void Dispose() => Interlocked.Exchange(ref _file, null)?.Exit();
}
