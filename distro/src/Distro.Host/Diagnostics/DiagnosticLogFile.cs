using System.Globalization;

namespace Distro.Host.Diagnostics;

/// <summary>
/// The opt-in log file in OTEL_DOTNET_AUTO_LOG_DIRECTORY: the process may end, or fail to start its telemetry, before
/// anyone listens to the EventSource.
/// </summary>
internal static class DiagnosticLogFile
{
    public const string DirectoryVariable = "OTEL_DOTNET_AUTO_LOG_DIRECTORY";

    private static readonly object s_gate = new();

    public static string? PathInDirectory(string? directory) =>
        string.IsNullOrWhiteSpace(directory) ? null : Path.Combine(directory, $"otel-dotnet-distro-host-{Environment.ProcessId}.log");

    public static void Append(string level, string message)
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable);
        var path = PathInDirectory(directory);
        if (path is null)
        {
            return;
        }

        try
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} [{level}] {message}{Environment.NewLine}");
            lock (s_gate)
            {
                Directory.CreateDirectory(directory!);
                File.AppendAllText(path, line);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The log file is a convenience; failing to write it must not disturb the application.
        }
    }
}
