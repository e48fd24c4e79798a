using Distro.Host.Diagnostics;
using Distro.Host.Plugins;
using Distro.Host.Resources;
using Distro.Host.Traces;

namespace Distro.Host;

/// <summary>
/// What the startup hook calls, by reflection, once the host is loaded in the distro's load context. It starts the
/// distro's telemetry once per process and never throws.
/// </summary>
public static class HostStartup
{
    private static int s_started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        try
        {
            DistroTelemetry.Start(Environment.GetEnvironmentVariable, ProcessFacts.Current(), PluginAssemblyLoader.ForHost(), AspNetCorePresence.IsPresent());
        }
        catch (Exception e)
        {
            HostLog.Error("The distro host failed to start; the application runs on without its telemetry", e);
        }
    }
}
