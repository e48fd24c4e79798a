using System.Collections.Concurrent;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>Passes batches to a real exporter and keeps what it returned.</summary>
internal sealed class ResultRecordingExporter(BaseExporter<LogRecord> inner) : BaseExporter<LogRecord>
{
    private readonly ConcurrentQueue<ExportResult> _results = new();

    public IReadOnlyList<ExportResult> Results => [.. _results];

    public override ExportResult Export(in Batch<LogRecord> batch)
    {
        var result = inner.Export(in batch);
        _results.Enqueue(result);
        return result;
    }

    protected override bool OnShutdown(int timeoutMilliseconds) => inner.Shutdown(timeoutMilliseconds);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
