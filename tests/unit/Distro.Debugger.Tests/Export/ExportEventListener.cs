using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Distro.Debugger.Tests.Export;

/// <summary>Collects the debugger event source's events while it lives.</summary>
internal sealed class ExportEventListener : EventListener
{
    public ConcurrentQueue<EventWrittenEventArgs> Events { get; } = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "OpenTelemetry-Distro-Debugger")
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events.Enqueue(eventData);
}
