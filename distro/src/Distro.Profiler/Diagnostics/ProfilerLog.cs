using System.Globalization;

namespace Distro.Profiler.Diagnostics;

/// <summary>
/// The profiler's self-diagnostics. The profiler runs in its own NativeAOT runtime, invisible to the
/// application's EventPipe, so it writes to an opt-in file: OTEL_DOTNET_AUTO_LOG_DIRECTORY enables it,
/// OTEL_LOG_LEVEL (error, warn, info, debug; default info) filters it. It never writes to the console.
/// </summary>
internal static class ProfilerLog
{
    private static readonly Lock s_gate = new();
    private static readonly LogLevel s_level = ParseLevel(Environment.GetEnvironmentVariable("OTEL_LOG_LEVEL"));
    private static StreamWriter? s_writer = Open();

    public static bool IsEnabled(LogLevel level) => s_writer is not null && level <= s_level;

    public static void Error(string message) => Write(LogLevel.Error, message);

    public static void Error(string message, Exception exception) => Write(LogLevel.Error, message + ": " + exception);

    public static void Warning(string message) => Write(LogLevel.Warning, message);

    public static void Info(string message) => Write(LogLevel.Information, message);

    public static void Debug(string message) => Write(LogLevel.Debug, message);

    private static void Write(LogLevel level, string message)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        try
        {
            lock (s_gate)
            {
                s_writer?.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} [{level}] [thread {Environment.CurrentManagedThreadId}] {message}"));
            }
        }
        catch (IOException)
        {
            // A full disk or a removed directory must not take diagnostics down with the host.
            s_writer = null;
        }
    }

    private static StreamWriter? Open()
    {
        var directory = Environment.GetEnvironmentVariable("OTEL_DOTNET_AUTO_LOG_DIRECTORY");
        if (string.IsNullOrWhiteSpace(directory) || ParseLevel(Environment.GetEnvironmentVariable("OTEL_LOG_LEVEL")) == LogLevel.None)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"otel-dotnet-distro-profiler-{Environment.ProcessId}.log");
            return new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static LogLevel ParseLevel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "none" => LogLevel.None,
        "error" => LogLevel.Error,
        "warn" or "warning" => LogLevel.Warning,
        "debug" => LogLevel.Debug,
        _ => LogLevel.Information,
    };
}

internal enum LogLevel
{
    None,
    Error,
    Warning,
    Information,
    Debug,
}
