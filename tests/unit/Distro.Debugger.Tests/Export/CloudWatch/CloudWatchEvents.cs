using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>Collects the debugger event source's CloudWatch events (ids 700-799) while it lives.</summary>
internal sealed class CloudWatchEvents : EventListener
{
    private readonly ConcurrentQueue<EventWrittenEventArgs> _events = new();

    public IReadOnlyList<EventWrittenEventArgs> Written(int eventId) => [.. _events.Where(e => e.EventId == eventId)];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "OpenTelemetry-Distro-Debugger")
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId is >= 700 and <= 799)
        {
            _events.Enqueue(eventData);
        }
    }
}
