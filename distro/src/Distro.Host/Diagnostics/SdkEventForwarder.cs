using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime.Loader;

namespace Distro.Host.Diagnostics;

/// <summary>
/// Copies the OpenTelemetry SDK's own errors (an unreachable collector, a rejected export) into the host's diagnostics,
/// so that they reach the log file too. Warnings are left out: the SDK warns about every meter it does not listen to.
/// Each kind of event is copied a bounded number of times: an unreachable collector fails every export for as long as
/// it stays away. Only the distro's own copy of the SDK is listened to: an application with an SDK of its own has event
/// sources of the same names, which are not the distro's to report (and refuse a second listener's commands).
/// </summary>
internal sealed class SdkEventForwarder : EventListener
{
    private const int MaxCopiesPerEvent = 20;
    private const string SdkSourcePrefix = "OpenTelemetry-";
    private const string DistroSourcePrefix = "OpenTelemetry-Distro";

    private static readonly Lazy<SdkEventForwarder> s_instance = new(() => new SdkEventForwarder());

    private readonly ConcurrentDictionary<(string Source, int EventId), int> _copies = new();

    /// <summary>Starts forwarding for the rest of the process; idempotent.</summary>
    public static void EnsureStarted() => _ = s_instance.Value;

    // Also called from the base constructor, for the sources that already exist: it must rely on no instance state.
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name.StartsWith(SdkSourcePrefix, StringComparison.Ordinal)
            && !eventSource.Name.StartsWith(DistroSourcePrefix, StringComparison.Ordinal)
            && AssemblyLoadContext.GetLoadContext(eventSource.GetType().Assembly) == AssemblyLoadContext.GetLoadContext(typeof(SdkEventForwarder).Assembly))
        {
            EnableEvents(eventSource, EventLevel.Error);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        try
        {
            var copies = _copies.AddOrUpdate((eventData.EventSource.Name, eventData.EventId), 1, static (_, count) => count + 1);
            if (copies > MaxCopiesPerEvent)
            {
                return;
            }

            var text = $"OpenTelemetry SDK ({eventData.EventSource.Name}, event {eventData.EventId}): {Format(eventData)}";
            if (copies == MaxCopiesPerEvent)
            {
                text += $" (further events {eventData.EventId} of this source are not copied)";
            }

            HostLog.Warning(text);
        }
        catch (Exception)
        {
            // A diagnostic that cannot be formatted is dropped rather than thrown into the SDK's thread.
        }
    }

    /// <summary>An event's message with its payload filled in, or the payload itself when it has no message.</summary>
    public static string Format(EventWrittenEventArgs eventData)
    {
        var payload = eventData.Payload?.ToArray() ?? [];
        return eventData.Message is { Length: > 0 } message
            ? string.Format(CultureInfo.InvariantCulture, message, payload)
            : string.Join(", ", payload);
    }
}
