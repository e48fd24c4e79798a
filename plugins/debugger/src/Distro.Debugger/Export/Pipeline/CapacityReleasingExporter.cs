using Distro.Debugger.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// Wraps a pipeline's real exporter on the export thread: counts what it sent or failed to send, frees the batch's
/// room in <see cref="QueueCapacity"/>, and reports new drops. Nothing it wraps can throw past it. The wrapped exporter
/// is disposed by its <see cref="ExporterRegistration"/>, not here.
/// </summary>
internal sealed class CapacityReleasingExporter(string name, BaseExporter<LogRecord> inner, QueueCapacity capacity) : BaseExporter<LogRecord>
{
    private long _reportedDrops;

    public string Name { get; } = name;

    public QueueCapacity Capacity { get; } = capacity;

    public ExportCounters Counters { get; } = new();

    public override ExportResult Export(in Batch<LogRecord> batch)
    {
        var result = ExportResult.Failure;
        var reason = "the exporter reported a failure";
        try
        {
            result = inner.Export(in batch);
        }
        catch (Exception e)
        {
            reason = e.GetType().FullName ?? e.GetType().Name;
        }
        finally
        {
            // Reads what the exporter left of the batch out of the SDK queue, so the room released below is really free.
            foreach (var _ in batch)
            {
            }

            Capacity.Release(batch.Count);
        }

        if (result == ExportResult.Success)
        {
            Counters.AddExported(batch.Count);
        }
        else
        {
            Counters.AddFailed(batch.Count);
            DebuggerEventSource.Log.SnapshotExportFailed(Name, batch.Count, reason);
        }

        ReportNewDrops();
        return result;
    }

    /// <summary>Drops happen on application threads; they are reported from here, off those threads.</summary>
    public void ReportNewDrops()
    {
        var dropped = Counters.Dropped;
        if (dropped != Interlocked.Exchange(ref _reportedDrops, dropped))
        {
            DebuggerEventSource.Log.SnapshotsDropped(Name, dropped);
        }
    }

    protected override bool OnForceFlush(int timeoutMilliseconds) => Guard(() => inner.ForceFlush(timeoutMilliseconds));

    /// <summary>Also ends a hung export: the OTLP exporter cancels its pending requests when shut down.</summary>
    protected override bool OnShutdown(int timeoutMilliseconds) => Guard(() => inner.Shutdown(timeoutMilliseconds));

    private static bool Guard(Func<bool> action)
    {
        try
        {
            return action();
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.SnapshotExportStopFailed(e);
            return false;
        }
    }
}
