using System.Diagnostics.Tracing;

namespace Distro.Debugger.Diagnostics;

/// <summary>Self-diagnostics of the debugger plugin. Events are added by the component that needs them.</summary>
[EventSource(Name = "OpenTelemetry-Distro-Debugger")]
internal sealed partial class DebuggerEventSource : EventSource
{
    public static readonly DebuggerEventSource Log = new();
}
