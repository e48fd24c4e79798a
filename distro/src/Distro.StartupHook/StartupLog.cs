using System.Diagnostics.Tracing;
using System.Globalization;

namespace Distro.StartupHook;

/// <summary>
/// The startup hook's self-diagnostics: an EventSource, and the opt-in log file in OTEL_DOTNET_AUTO_LOG_DIRECTORY
/// (the process may end before anyone listens to the EventSource). Never the console.
/// </summary>
[EventSource(Name = "OpenTelemetry-Distro-StartupHook")]
internal sealed class StartupLog : EventSource
{
    private static readonly StartupLog s_log = new();
    private static readonly Lock s_gate = new();

    public static void Info(string message)
    {
        s_log.Informational(message);
        WriteFile("Information", message);
    }

    public static void Warning(string message)
    {
        s_log.WarningMessage(message);
        WriteFile("Warning", message);
    }

    public static void Error(string message, Exception exception)
    {
        s_log.ErrorMessage(message, exception.ToString());
        WriteFile("Error", message + ": " + exception);
    }

    [Event(1, Level = EventLevel.Informational, Message = "{0}")]
    private void Informational(string message) => WriteEvent(1, message);

    [Event(2, Level = EventLevel.Warning, Message = "{0}")]
    private void WarningMessage(string message) => WriteEvent(2, message);

    [Event(3, Level = EventLevel.Error, Message = "{0}: {1}")]
    private void ErrorMessage(string message, string exception) => WriteEvent(3, message, exception);

    private static void WriteFile(string level, string message)
    {
        var directory = Environment.GetEnvironmentVariable("OTEL_DOTNET_AUTO_LOG_DIRECTORY");
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        try
        {
            lock (s_gate)
            {
                Directory.CreateDirectory(directory);
                File.AppendAllText(
                    Path.Combine(directory, $"otel-dotnet-distro-startup-{Environment.ProcessId}.log"),
                    string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} [{level}] {message}{Environment.NewLine}"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The log file is a convenience; failing to write it must not disturb the application.
        }
    }
}
