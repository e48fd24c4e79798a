using System.Collections.Immutable;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Export.Settings;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>One exporter with its own bounded batch queue, so a slow destination never holds up another.</summary>
internal sealed class ExportPipeline
{
    private readonly CapacityReleasingExporter _exporter;
    private readonly BoundedExportProcessor _processor;

    public ExportPipeline(string name, BaseExporter<LogRecord> exporter, BatchSettings batch)
    {
        _exporter = new CapacityReleasingExporter(name, exporter, new QueueCapacity(batch.MaxQueueSize));
        _processor = new BoundedExportProcessor(_exporter, batch);
        Processors = [new ExporterRegistration(exporter), _processor];
    }

    public string Name => _exporter.Name;

    public ExportCounters Counters => _exporter.Counters;

    /// <summary>The processors to add to the logger provider.</summary>
    public ImmutableArray<BaseProcessor<LogRecord>> Processors { get; }

    public bool Flush(TimeSpan timeout) => _processor.ForceFlush(ToMilliseconds(timeout));

    /// <summary>Sends what is queued, waiting at most <paramref name="timeout"/>, then reports the pipeline's totals.</summary>
    public bool Shutdown(TimeSpan timeout)
    {
        var drained = _processor.Shutdown(ToMilliseconds(timeout));
        _exporter.ReportNewDrops();
        DebuggerEventSource.Log.SnapshotExportStopped(Name, drained, Counters.Exported, Counters.Failed, Counters.Dropped);
        return drained;
    }

    private static int ToMilliseconds(TimeSpan timeout) => (int)Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue);
}
