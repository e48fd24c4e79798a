using Distro.Debugger.Diagnostics;

namespace Distro.Debugger;

/// <summary>
/// The live debugger as a plugin of the distro's host, with the name-based contract of OpenTelemetry .NET
/// auto-instrumentation plugins: the host creates it and calls <see cref="Initializing"/> once, before the application starts.
/// </summary>
public sealed class DebuggerPlugin
{
    public void Initializing()
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
