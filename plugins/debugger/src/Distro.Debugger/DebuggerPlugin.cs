using Distro.Debugger.Diagnostics;

namespace Distro.Debugger;

/// <summary>
/// The live debugger as a plugin of the distro's host, with the name-based contract of OpenTelemetry .NET
/// auto-instrumentation plugins: the host creates it and calls <see cref="Initializing"/> once, before the application starts.
/// </summary>
public sealed class DebuggerPlugin
{
    /// <summary>
    /// Starts the debugger on a thread of its own and returns at once: building the snapshot export pipeline and the
    /// sources takes a cold process a few hundred milliseconds, which the application's start need not wait for.
    /// Probes are applied as their sources deliver them, after the start as before.
    /// </summary>
    public void Initializing()
    {
        try
        {
            new Thread(Start) { IsBackground = true, Name = "otel-debugger-start" }.Start();
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.DebuggerFailed(nameof(Initializing), e.ToString());
        }
    }

    private static void Start()
    {
        try
        {
            DebuggerRuntime.Start(Environment.GetEnvironmentVariable);
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.DebuggerFailed(nameof(Initializing), e.ToString());
        }
    }
}
