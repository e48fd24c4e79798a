using System.Diagnostics;
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
    public const string LogDirectoryVariable = "OTEL_DOTNET_AUTO_LOG_DIRECTORY";

    private static readonly StartupLog s_log = new();
    private static readonly object s_gate = new();

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
        var directory = Environment.GetEnvironmentVariable(LogDirectoryVariable);
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        try
        {
            using var process = Process.GetCurrentProcess();
            var line = string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-ddTHH:mm:ss.fffZ} [{1}] {2}{3}", DateTime.UtcNow, level, message, Environment.NewLine);
            lock (s_gate)
            {
                Directory.CreateDirectory(directory);
                File.AppendAllText(Path.Combine(directory, $"otel-dotnet-distro-startup-{process.Id}.log"), line);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The log file is a convenience; failing to write it must not disturb the application.
        }
    }
}
