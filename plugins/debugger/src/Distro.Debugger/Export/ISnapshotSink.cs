namespace Distro.Debugger.Export;

/// <summary>Where finished snapshots go.</summary>
internal interface ISnapshotSink
{
    /// <summary>
    /// Hands a snapshot over for export. Called on the application's thread: returns at once, never blocks and never
    /// throws; a snapshot that cannot be queued is dropped and counted.
    /// </summary>
    void Emit(Snapshot snapshot);

    /// <summary>
    /// Called before a probe that may emit is armed, never on the application's threads: builds what emitting needs,
    /// so that a process without probes never pays for it. Cheap once done; never throws.
    /// </summary>
    void Prepare()
    {
    }
}
