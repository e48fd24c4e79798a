using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// Runs first on every record, on the emitting thread: replaces what the SDK took from the moment of emission (the
/// clock, and <c>Activity.Current</c>, which may belong to another request by then) with the snapshot's own time and
/// the trace context captured when the probed method was entered.
/// </summary>
internal sealed class SnapshotContextProcessor : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        if (data.Attributes is not SnapshotLogState state)
        {
            return;
        }

        var snapshot = state.Snapshot;
        data.Timestamp = snapshot.Timestamp.UtcDateTime;
        data.TraceId = snapshot.TraceId;
        data.SpanId = snapshot.SpanId;
        data.TraceFlags = snapshot.TraceFlags;
        data.TraceState = null;
    }
}
