using System.Diagnostics.Tracing;

namespace Distro.Hooks.Diagnostics;

/// <summary>Self-diagnostics of the hooks and the instrumentation API.</summary>
[EventSource(Name = "OpenTelemetry-Distro-Hooks")]
internal sealed class HooksEventSource : EventSource
{
    public static readonly HooksEventSource Log = new();

    [Event(1, Level = EventLevel.Error, Message = "Hook {0} for probe {1} failed: {2}")]
    public void HookFailed(string hook, int probeId, string exception) => WriteEvent(1, hook, probeId, exception);

    [Event(2, Level = EventLevel.Informational, Message = "Instrumentation of {0} requested (probes {1}, request {2})")]
    public void InstrumentationRequested(string method, string probeIds, long requestId) => WriteEvent(2, method, probeIds, requestId);

    [Event(3, Level = EventLevel.Informational, Message = "Instrumentation of {0} removed (request {1})")]
    public void InstrumentationRemoved(string method, long requestId) => WriteEvent(3, method, requestId);
}
