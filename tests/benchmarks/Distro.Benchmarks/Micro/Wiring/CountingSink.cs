using Distro.Debugger.Export;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>Counts the snapshots it is given, so a benchmark can check that its probe captured, or did not.</summary>
internal sealed class CountingSink : ISnapshotSink
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Emit(Snapshot snapshot) => Interlocked.Increment(ref _count);
}
