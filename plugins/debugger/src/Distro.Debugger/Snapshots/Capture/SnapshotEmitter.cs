using System.Diagnostics;
using Distro.Debugger.Configuration;
using Distro.Debugger.Export;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>Turns a finished capture into a <see cref="Snapshot"/> with its attributes and hands it to the sink.</summary>
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
        var configuration = probe.Configuration;
        var attributes = new List<KeyValuePair<string, object?>>(20)
        {
            new(SnapshotAttributes.SnapshotId, Guid.NewGuid().ToString()),
            new(SnapshotAttributes.LocationHash, configuration.LocationHash),
            new(SnapshotAttributes.InstrumentationType, WireNames.Of(configuration.Type)),
            new(SnapshotAttributes.InstrumentationLevel, level),
            new(SnapshotAttributes.DurationMs, durationTicks * 1000.0 / Stopwatch.Frequency),
            new(SnapshotAttributes.CodeUnit, target.CodeUnit),
            new(SnapshotAttributes.ClassName, target.ClassName),
            new(SnapshotAttributes.MethodName, target.MethodName),
            new(SnapshotAttributes.ThreadId, (long)context.ThreadId),
            new(SnapshotAttributes.ThreadName, context.ThreadName ?? string.Empty),
            new(SnapshotAttributes.CodeFunctionName, target.FunctionName),
        };
        if (target.FilePath is { } file)
        {
            attributes.Add(new(SnapshotAttributes.FilePath, file));
            attributes.Add(new(SnapshotAttributes.CodeFilePath, file));
        }

        if (target.LineNumber > 0)
        {
            attributes.Add(new(SnapshotAttributes.LineNumber, (long)target.LineNumber));
            attributes.Add(new(SnapshotAttributes.CodeLineNumber, (long)target.LineNumber));
        }

        if (thrown is not null)
        {
            attributes.Add(new(SnapshotAttributes.ExceptionType, thrown.GetType().FullName));
            attributes.Add(new(SnapshotAttributes.ExceptionMessage, ExceptionMessages.Read(thrown) ?? string.Empty));
        }

        services.Sink.Emit(new Snapshot(DateTimeOffset.UtcNow, context.TraceId, context.SpanId, context.TraceFlags, attributes, body));
        services.Activity.Hit(probe);
    }
}
