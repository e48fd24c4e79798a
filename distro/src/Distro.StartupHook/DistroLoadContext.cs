using System.Reflection;
using System.Runtime.Loader;

namespace Distro.StartupHook;

/// <summary>
/// The load context the distro's own code and its dependencies (the OpenTelemetry SDK among them) run in, so that an
/// application referencing another version of those packages keeps its own. <see cref="AssemblyLoadPolicy"/> decides
/// what is shared with the default context. An assembly found nowhere else is looked for in the application's folder,
/// where plugin assemblies and their private dependencies may sit.
/// </summary>
internal sealed class DistroLoadContext : AssemblyLoadContext
{
    public const string ContextName = "OpenTelemetry.Distro";

    private readonly DistroHome _home;
    private readonly TrustedPlatformAssemblies _platform;

    public DistroLoadContext(DistroHome home, TrustedPlatformAssemblies platform)
        : base(ContextName, isCollectible: false)
    {
        _home = home;
        _platform = platform;
        Resolving += (context, name) => LoadFromApplicationFolder(context, name);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var source = AssemblyLoadPolicy.Decide(assemblyName, _platform.VersionOf, name => File.Exists(_home.PathOf(name)));
        return source == AssemblySource.DistroHome ? LoadFromAssemblyPath(_home.PathOf(assemblyName.Name!)) : null;
    }

    private static Assembly? LoadFromApplicationFolder(AssemblyLoadContext context, AssemblyName name)
    {
        if (string.IsNullOrEmpty(name.Name))
        {
            return null;
        }

        var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
