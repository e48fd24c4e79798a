using Distro.Debugger.Export;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>Turns a finished capture into a <see cref="Snapshot"/> and hands it to the sink.</summary>
internal static class SnapshotEmitter
{
    public static void Emit(
        SnapshotServices services,
        ArmedProbe probe,
        ProbeTarget target,
        CallContext context,
        string level,
        long durationTicks,
        Exception? thrown,
        byte[] body)
    {
        var attributes = new SnapshotAttributeList(probe.Configuration, target, context, level, durationTicks, thrown);
        services.Sink.Emit(new Snapshot(DateTimeOffset.UtcNow, context.TraceId, context.SpanId, context.TraceFlags, attributes, body));
        services.Activity.Hit(probe);
    }
}
