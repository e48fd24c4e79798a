using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using Distro.Host.Diagnostics;

namespace Distro.Host.Tests.Diagnostics;

/// <summary>Records what the host reports through its EventSource while a test runs.</summary>
internal sealed class HostEvents : EventListener
{
    private readonly ConcurrentQueue<(EventLevel Level, string Text)> _events = new();

    public IReadOnlyList<(EventLevel Level, string Text)> Events => [.. _events];

    public IEnumerable<string> Texts(EventLevel level) => Events.Where(e => e.Level == level).Select(e => e.Text);

    public bool Any(EventLevel level, string fragment) => Texts(level).Any(text => text.Contains(fragment, StringComparison.Ordinal));

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == HostEventSource.SourceName)
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var text = string.Format(CultureInfo.InvariantCulture, eventData.Message ?? "", eventData.Payload?.ToArray() ?? []);
        _events.Enqueue((eventData.Level, text));
    }
}
