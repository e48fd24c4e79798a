using System.Diagnostics.Tracing;

namespace Distro.Host.Diagnostics;

/// <summary>
/// Copies the self-diagnostics of the distro's other managed components (the hooks, the plugins such as the debugger)
/// into the opt-in log file, at the level OTEL_LOG_LEVEL names (information by default), so that one file tells why a
/// probe did not fire. Without a log directory nothing is listened to: the event sources stay for external tools.
/// </summary>
internal sealed class ComponentEventForwarder : EventListener
{
    public const string LevelVariable = "OTEL_LOG_LEVEL";

    private const string ComponentSourcePrefix = "OpenTelemetry-Distro-";

    private static readonly Lazy<ComponentEventForwarder?> s_instance = new(Create);

    // Set before the first source is enabled: the base constructor calls OnEventSourceCreated for existing sources.
    private static EventLevel? s_level;

    /// <summary>Starts forwarding for the rest of the process when a log directory is set; idempotent.</summary>
    public static void EnsureStarted() => _ = s_instance.Value;

    /// <summary>The EventSource level for an OTEL_LOG_LEVEL value; null for <c>none</c>.</summary>
    public static EventLevel? LevelOf(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "none" => null,
        "error" => EventLevel.Error,
        "warn" or "warning" => EventLevel.Warning,
        "debug" => EventLevel.Verbose,
        _ => EventLevel.Informational,
    };

    /// <summary>Whether a source is another component's: the host writes its own events to the file itself.</summary>
    public static bool IsForwarded(string sourceName) =>
        sourceName.StartsWith(ComponentSourcePrefix, StringComparison.Ordinal)
        && !string.Equals(sourceName, HostEventSource.SourceName, StringComparison.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (s_level is { } level && IsForwarded(eventSource.Name))
        {
            EnableEvents(eventSource, level);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        try
        {
            DiagnosticLogFile.Append(LevelName(eventData.Level), $"{eventData.EventSource.Name}: {SdkEventForwarder.Format(eventData)}");
        }
        catch (Exception)
        {
            // A diagnostic that cannot be formatted is dropped rather than thrown into the component's thread.
        }
    }

    private static ComponentEventForwarder? Create()
    {
        if (DiagnosticLogFile.PathInDirectory(Environment.GetEnvironmentVariable(DiagnosticLogFile.DirectoryVariable)) is null
            || LevelOf(Environment.GetEnvironmentVariable(LevelVariable)) is not { } level)
        {
            return null;
        }

        s_level = level;
        return new ComponentEventForwarder();
    }

    private static string LevelName(EventLevel level) => level switch
    {
        EventLevel.Critical or EventLevel.Error => "Error",
        EventLevel.Warning => "Warning",
        EventLevel.Verbose => "Debug",
        _ => "Information",
    };
}
