using System.Diagnostics.Tracing;

namespace Distro.Host.Diagnostics;

/// <summary>The host's self-diagnostics as an EventSource; <see cref="HostLog"/> also copies them to the opt-in log file.</summary>
[EventSource(Name = SourceName)]
internal sealed class HostEventSource : EventSource
{
    public const string SourceName = "OpenTelemetry-Distro-Host";

    public static readonly HostEventSource Log = new();

    [Event(1, Level = EventLevel.Informational, Message = "{0}")]
    public void Informational(string message) => WriteEvent(1, message);

    [Event(2, Level = EventLevel.Warning, Message = "{0}")]
    public void WarningMessage(string message) => WriteEvent(2, message);

    [Event(3, Level = EventLevel.Error, Message = "{0}: {1}")]
    public void ErrorMessage(string message, string exception) => WriteEvent(3, message, exception);
}
