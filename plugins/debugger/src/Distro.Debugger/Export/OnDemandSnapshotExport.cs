using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Export;

/// <summary>
/// The snapshot export pipeline, built when the first probe is armed instead of when the debugger starts. Building
/// the OpenTelemetry logging pipeline costs a cold process about a tenth of a second of CPU, which would compete with
/// the application's own start and which a service that never gets a probe need not pay at all.
/// </summary>
internal sealed class OnDemandSnapshotExport : ISnapshotSink, IDisposable
{
    private readonly Func<SnapshotExportPipeline> _create;
    private readonly object _gate = new();
    private SnapshotExportPipeline? _pipeline;
    private long _discarded;
    private bool _closed;

    public OnDemandSnapshotExport(Func<SnapshotExportPipeline> create) => _create = create;

    /// <summary>Whether the pipeline has been built.</summary>
    public bool IsBuilt => Volatile.Read(ref _pipeline) is not null;

    /// <summary>The pipeline's counts; snapshots that came before it was built count as discarded.</summary>
    public SnapshotExportStatistics Statistics
    {
        get
        {
            var built = Volatile.Read(ref _pipeline)?.Statistics ?? new SnapshotExportStatistics(Dropped: 0, Discarded: 0, Exported: 0, ExportFailed: 0);
            return built with { Discarded = built.Discarded + Interlocked.Read(ref _discarded) };
        }
    }

    public void Prepare()
    {
        if (IsBuilt)
        {
            return;
        }

        lock (_gate)
        {
            if (_pipeline is not null || _closed)
            {
                return;
            }

            try
            {
                Volatile.Write(ref _pipeline, _create());
            }
            catch (Exception e)
            {
                // Not retried: a pipeline that cannot be built from these settings will not be built on the next probe either.
                _closed = true;
                DebuggerEventSource.Log.DebuggerFailed("building the snapshot export pipeline", e.ToString());
            }
        }
    }

    public void Emit(Snapshot snapshot)
    {
        if (Volatile.Read(ref _pipeline) is { } pipeline)
        {
            pipeline.Emit(snapshot);
            return;
        }

        Interlocked.Increment(ref _discarded);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
        }

        Volatile.Read(ref _pipeline)?.Dispose();
    }
}
