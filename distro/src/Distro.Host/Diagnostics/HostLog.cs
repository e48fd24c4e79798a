namespace Distro.Host.Diagnostics;

/// <summary>Where everything the host has to say goes: its EventSource and the opt-in log file, never the console.</summary>
internal static class HostLog
{
    public static void Info(string message)
    {
        HostEventSource.Log.Informational(message);
        DiagnosticLogFile.Append("Information", message);
    }

    public static void Warning(string message)
    {
        HostEventSource.Log.WarningMessage(message);
        DiagnosticLogFile.Append("Warning", message);
    }

    public static void Error(string message, Exception exception)
    {
        HostEventSource.Log.ErrorMessage(message, exception.ToString());
        DiagnosticLogFile.Append("Error", message + ": " + exception);
    }
}
