using System.Diagnostics.Tracing;

namespace Distro.Debugger.Diagnostics;

/// <summary>Events of snapshot export (ids 500-599).</summary>
internal sealed partial class DebuggerEventSource
{
    [Event(500, Level = EventLevel.Warning, Message = "Snapshot export setting {0}: {1}")]
    public void ExportSettingInvalid(string variable, string detail) => WriteEvent(500, variable, detail);

    [Event(501, Level = EventLevel.Informational, Message = "Snapshot export to {0} started: {1}")]
    public void SnapshotExportStarted(string exporter, string destination) => WriteEvent(501, exporter, destination);

    [Event(502, Level = EventLevel.Informational, Message = "Snapshot export is off (exporter none): snapshots are counted and dropped")]
    public void SnapshotExportDisabled() => WriteEvent(502);

    [Event(503, Level = EventLevel.Warning, Message = "Snapshot exporter {0} dropped {1} snapshot(s) in all because its queue was full")]
    public void SnapshotsDropped(string exporter, long total) => WriteEvent(503, exporter, total);

    [Event(504, Level = EventLevel.Warning, Message = "Snapshot exporter {0} failed to export {1} snapshot(s): {2}")]
    public void SnapshotExportFailed(string exporter, long count, string reason) => WriteEvent(504, exporter, count, reason);

    [NonEvent]
    public void SnapshotEmitFailed(Exception exception)
    {
        if (IsEnabled(EventLevel.Error, EventKeywords.All))
        {
            SnapshotEmitFailed(exception.GetType().FullName ?? exception.GetType().Name, exception.Message);
        }
    }

    [Event(505, Level = EventLevel.Error, Message = "A snapshot could not be queued for export ({0}): {1}")]
    public void SnapshotEmitFailed(string exceptionType, string message) => WriteEvent(505, exceptionType, message);

    [NonEvent]
    public void SnapshotExporterUnavailable(string exporter, Exception exception)
    {
        if (IsEnabled(EventLevel.Error, EventKeywords.All))
        {
            SnapshotExporterUnavailable(exporter, $"{exception.GetType().FullName}: {exception.Message}");
        }
    }

    [Event(506, Level = EventLevel.Error, Message = "Snapshot exporter {0} could not be created and is left out: {1}")]
    public void SnapshotExporterUnavailable(string exporter, string error) => WriteEvent(506, exporter, error);

    [Event(507, Level = EventLevel.Informational, Message = "Snapshot exporter {0} stopped (drained in time: {1}): {2} exported, {3} failed, {4} dropped")]
    public void SnapshotExportStopped(string exporter, bool drained, long exported, long failed, long dropped) =>
        WriteEvent(507, exporter, drained, exported, failed, dropped);

    [Event(508, Level = EventLevel.Informational, Message = "Snapshot export stopped: {0} snapshot(s) were dropped because no exporter was configured")]
    public void SnapshotsDiscarded(long total) => WriteEvent(508, total);

    [NonEvent]
    public void ConsoleSnapshotWriteFailed(Exception exception)
    {
        if (IsEnabled(EventLevel.Warning, EventKeywords.All))
        {
            ConsoleSnapshotWriteFailed(exception.GetType().FullName ?? exception.GetType().Name, exception.Message);
        }
    }

    [Event(509, Level = EventLevel.Warning, Message = "A snapshot could not be written to the console ({0}): {1}")]
    public void ConsoleSnapshotWriteFailed(string exceptionType, string message) => WriteEvent(509, exceptionType, message);

    [NonEvent]
    public void SnapshotExportStopFailed(Exception exception)
    {
        if (IsEnabled(EventLevel.Warning, EventKeywords.All))
        {
            SnapshotExportStopFailed(exception.GetType().FullName ?? exception.GetType().Name, exception.Message);
        }
    }

    [Event(510, Level = EventLevel.Warning, Message = "Flushing or stopping snapshot export failed ({0}): {1}")]
    public void SnapshotExportStopFailed(string exceptionType, string message) => WriteEvent(510, exceptionType, message);

    [Event(511, Level = EventLevel.Warning, Message = "{0} snapshot(s) dropped in all before export because the queue to the export thread was full")]
    public void SnapshotsDroppedBeforeExport(long total) => WriteEvent(511, total);
}
