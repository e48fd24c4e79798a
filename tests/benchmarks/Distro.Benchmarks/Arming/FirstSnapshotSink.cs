using System.Diagnostics;
using Distro.Debugger.Export;

namespace Distro.Benchmarks.Arming;

/// <summary>Notes when the first snapshot of an arming arrives; a probe fires, and emits, on the first call that runs it.</summary>
internal sealed class FirstSnapshotSink : ISnapshotSink
{
    private long _firstSnapshotTimestamp;

    public long? FirstSnapshotTimestamp => Volatile.Read(ref _firstSnapshotTimestamp) is var timestamp and not 0 ? timestamp : null;

    public void Reset() => Volatile.Write(ref _firstSnapshotTimestamp, 0);

    public void Emit(Snapshot snapshot) => Interlocked.CompareExchange(ref _firstSnapshotTimestamp, Stopwatch.GetTimestamp(), 0);
}
