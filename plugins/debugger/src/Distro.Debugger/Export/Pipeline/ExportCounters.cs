namespace Distro.Debugger.Export.Pipeline;

/// <summary>What became of the snapshots one pipeline was given. Thread-safe.</summary>
internal sealed class ExportCounters
{
    private long _dropped;
    private long _exported;
    private long _failed;

    /// <summary>Refused because the queue was full or the pipeline was shutting down.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>In batches that the exporter reported as sent.</summary>
    public long Exported => Interlocked.Read(ref _exported);

    /// <summary>In batches that the exporter could not send (collector down, timeout, refused).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public void AddDropped() => Interlocked.Increment(ref _dropped);

    public void AddExported(long count) => Interlocked.Add(ref _exported, count);

    public void AddFailed(long count) => Interlocked.Add(ref _failed, count);
}
