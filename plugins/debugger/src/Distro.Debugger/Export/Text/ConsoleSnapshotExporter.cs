using Distro.Debugger.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Export.Text;

/// <summary>
/// Writes snapshots for a person at a terminal (exporter <c>console</c>), one block each. Runs on the batch export
/// thread; a snapshot that cannot be written is reported and skipped, never thrown.
/// </summary>
internal sealed class ConsoleSnapshotExporter(TextWriter output) : BaseExporter<LogRecord>
{
    public override ExportResult Export(in Batch<LogRecord> batch)
    {
        var result = ExportResult.Success;
        foreach (var record in batch)
        {
            try
            {
                output.Write(SnapshotTextFormatter.Format(record.Timestamp, record.TraceId, record.Attributes, record.FormattedMessage ?? record.Body));
            }
            catch (Exception e)
            {
                DebuggerEventSource.Log.ConsoleSnapshotWriteFailed(e);
                result = ExportResult.Failure;
            }
        }

        Flush();
        return result;
    }

    protected override bool OnForceFlush(int timeoutMilliseconds) => Flush();

    private bool Flush()
    {
        try
        {
            output.Flush();
            return true;
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ConsoleSnapshotWriteFailed(e);
            return false;
        }
    }
}
