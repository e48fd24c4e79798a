using Distro.StartupHook;

/// <summary>
/// The runtime calls <see cref="Initialize"/> before the application's Main because DOTNET_STARTUP_HOOKS names this
/// assembly. The type must be named StartupHook and live in the global namespace.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        try
        {
            DistroStartup.Run();
        }
        catch (Exception e)
        {
            StartupLog.Error("The distro failed to start; the application runs without it", e);
        }
    }
}
