namespace Distro.StartupHook;

/// <summary>What the startup hook does, in order; every step may decline with a diagnostic, none may throw into the application.</summary>
internal static class DistroStartup
{
    public static void Run()
    {
        if (RuntimeSupport.Refusal(Environment.Version, required: null) is { } tooOld)
        {
            StartupLog.Warning(tooOld);
            return;
        }

        var home = DistroHome.Locate();
        if (home is null)
        {
            StartupLog.Warning("The distro's managed assemblies were not found next to the startup hook or in OTEL_DOTNET_DISTRO_HOME. Nothing is instrumented.");
            return;
        }

        if (RuntimeSupport.Refusal(Environment.Version, RequiredRuntime(home)) is { } notBuiltForThisRuntime)
        {
            StartupLog.Warning(notBuiltForThisRuntime);
            return;
        }

        var application = TrustedPlatformAssemblies.OfThisProcess();
        if (SharedTypeAssemblies.Refusal(application, home) is { } cannotShare)
        {
            StartupLog.Warning(cannotShare);
            return;
        }

        SharedAssemblyResolver.Register(home);
        SharedAssemblyResolver.LoadHooks();
        StartupLog.Info($"Distro started from {home.ManagedDirectory} (.NET {Environment.Version})");
        HostHandoff.Start(new DistroLoadContext(home, application));
    }

    private static Version? RequiredRuntime(DistroHome home)
    {
        var host = home.PathOf(HostHandoff.HostAssembly);
        return File.Exists(host) ? RuntimeSupport.RequiredRuntime(host) : null;
    }
}
