using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class DiagnosticsTests
{
    [Fact]
    public void WriteValue_ReadFailure_ReportsTheValueAndExceptionTypes()
    {
        using var listener = new DebuggerEvents();

        Capture.Json(BadInputTests.CorruptedSegment());

        Assert.Contains(
            listener.Events,
            e => e.EventId == 200
                && ((string)e.Payload![0]!).StartsWith("System.ArraySegment", StringComparison.Ordinal)
                && (string)e.Payload[1]! == "System.ArgumentOutOfRangeException");
    }

    [Fact]
    public void WriteNamedValues_ExhaustedBudget_IsReportedOncePerSnapshot()
    {
        using var listener = new DebuggerEvents();
        var budget = CaptureBudget.Start(TimeSpan.FromMilliseconds(-123));

        Capture.NamedValuesJson([new("a", 1, typeof(int)), new("b", 2, typeof(int)), new("c", 3, typeof(int))], budget: budget);

        Assert.Single(listener.Events, e => e.EventId == 202 && (long)e.Payload![0]! == -123);
    }

    private sealed class DebuggerEvents : EventListener
    {
        public ConcurrentQueue<EventWrittenEventArgs> Events { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "OpenTelemetry-Distro-Debugger")
            {
                EnableEvents(eventSource, EventLevel.Informational);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events.Enqueue(eventData);
    }
}
