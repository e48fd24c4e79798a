namespace Distro.StartupHook;

/// <summary>
/// Where the distro is installed: the folder of the startup hook itself (the managed assemblies), whose parent also
/// holds the native profiler. OTEL_DOTNET_DISTRO_HOME overrides it.
/// </summary>
internal sealed class DistroHome
{
    public const string HomeVariable = "OTEL_DOTNET_DISTRO_HOME";
    private const string ManagedFolder = "net";

    public DistroHome(string managedDirectory) => ManagedDirectory = managedDirectory;

    public string ManagedDirectory { get; }

    public static DistroHome? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(HomeVariable);
        var candidates = new[]
        {
            string.IsNullOrWhiteSpace(configured) ? null : Path.Combine(configured, ManagedFolder),
            Path.GetDirectoryName(typeof(DistroHome).Assembly.Location),
        };
        return candidates
            .Where(directory => !string.IsNullOrEmpty(directory) && File.Exists(Path.Combine(directory, AssemblyLoadPolicy.HooksAssemblyName + ".dll")))
            .Select(directory => new DistroHome(directory!))
            .FirstOrDefault();
    }

    public string PathOf(string assemblyName) => Path.Combine(ManagedDirectory, assemblyName + ".dll");
}
