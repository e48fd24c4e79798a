namespace Distro.StartupHook;

/// <summary>What the startup hook does, in order; every step may decline with a diagnostic, none may throw into the application.</summary>
internal static class DistroStartup
{
    private const int MinimumRuntimeMajorVersion = 8;

    public static void Run()
    {
        if (Environment.Version.Major < MinimumRuntimeMajorVersion)
        {
            StartupLog.Warning($"The distro needs .NET {MinimumRuntimeMajorVersion} or newer; this process runs .NET {Environment.Version}. Nothing is instrumented.");
            return;
        }

        var home = DistroHome.Locate();
        if (home is null)
        {
            StartupLog.Warning("The distro's managed assemblies were not found next to the startup hook or in OTEL_DOTNET_DISTRO_HOME. Nothing is instrumented.");
            return;
        }

        SharedAssemblyResolver.Register(home);
        StartupLog.Info($"Distro started from {home.ManagedDirectory} in process {Environment.ProcessId} (.NET {Environment.Version})");
        DistroHost.Start(home);
    }
}
