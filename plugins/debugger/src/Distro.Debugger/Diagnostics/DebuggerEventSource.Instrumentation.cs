using System.Diagnostics.Tracing;

namespace Distro.Debugger.Diagnostics;

/// <summary>Events of the instrumentation bridge and the probe lifecycle (ids 600-699).</summary>
internal sealed partial class DebuggerEventSource
{
    [Event(600, Level = EventLevel.Error, Message = "Probe frame {0} failed: {1}")]
    public void ProbeFrameFailed(string frame, string exception) => WriteEvent(600, frame, exception);

    [Event(601, Level = EventLevel.Informational, Message = "Instrumenting {0}: {1}")]
    public void MethodInstrumentation(string method, string status) => WriteEvent(601, method, status);

    [Event(602, Level = EventLevel.Warning, Message = "Instrumentation of {0} failed: {1}")]
    public void MethodInstrumentationFailed(string method, string status) => WriteEvent(602, method, status);

    [Event(603, Level = EventLevel.Error, Message = "The probe manager failed in {0}: {1}")]
    public void ProbeManagerFailed(string operation, string exception) => WriteEvent(603, operation, exception);

    [Event(604, Level = EventLevel.Warning, Message = "Invalid configuration from {0} (location hash '{1}'): {2}")]
    public void ConfigurationInvalid(string source, string locationHash, string reason) => WriteEvent(604, source, locationHash, reason);

    [Event(605, Level = EventLevel.Informational, Message = "Debugger started for service {0} (probe file '{1}', config API {2})")]
    public void DebuggerStarted(string service, string probeFile, string apiUrl) => WriteEvent(605, service, probeFile, apiUrl);

    [Event(606, Level = EventLevel.Informational, Message = "Debugger not started: {0} is not true")]
    public void DebuggerDisabled(string variable) => WriteEvent(606, variable);

    [Event(607, Level = EventLevel.Error, Message = "Debugger failure in {0}: {1}")]
    public void DebuggerFailed(string operation, string exception) => WriteEvent(607, operation, exception);
}
