using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Distro.Debugger.Tests.Sources;

/// <summary>Records the debugger plugin's events; they arrive on the writing thread, from every test running at the time.</summary>
internal sealed class DebuggerEventRecorder : EventListener
{
    private readonly ConcurrentQueue<EventWrittenEventArgs> _events = new();

    public IReadOnlyList<EventWrittenEventArgs> Events => [.. _events];

    /// <summary>The events with this id whose payload mentions <paramref name="mark"/>, which tells this test's apart.</summary>
    public IReadOnlyList<EventWrittenEventArgs> Of(int eventId, string mark) =>
        [.. _events.Where(e => e.EventId == eventId && e.Payload is { } payload && payload.Any(value => value is string text && text.Contains(mark, StringComparison.Ordinal)))];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "OpenTelemetry-Distro-Debugger")
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData) => _events.Enqueue(eventData);
}
