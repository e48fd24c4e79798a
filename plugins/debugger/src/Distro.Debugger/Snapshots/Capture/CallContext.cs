using System.Diagnostics;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>Where and when a probed call began: its thread, its trace context and its start time.</summary>
internal readonly record struct CallContext(
    DateTimeOffset Time,
    ActivityTraceId TraceId,
    ActivitySpanId SpanId,
    ActivityTraceFlags TraceFlags,
    int ThreadId,
    string? ThreadName)
{
    public static CallContext Current()
    {
        var activity = Activity.Current;
        return new CallContext(
            DateTimeOffset.UtcNow,
            activity?.TraceId ?? default,
            activity?.SpanId ?? default,
            activity?.ActivityTraceFlags ?? ActivityTraceFlags.None,
            Environment.CurrentManagedThreadId,
            Thread.CurrentThread.Name);
    }
}
