using System.Reflection;
using System.Runtime.Loader;

namespace Distro.StartupHook;

/// <summary>
/// The load context the distro's own code and its dependencies (the OpenTelemetry SDK among them) run in, so that an
/// application referencing another version of those packages keeps its own. The hooks assembly is the exception: it
/// is shared with the application through the default context. Whatever the distro does not ship (the framework,
/// the application's assemblies) also comes from the default context.
/// </summary>
internal sealed class DistroLoadContext(DistroHome home) : AssemblyLoadContext("OpenTelemetry.Distro", isCollectible: false)
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || assemblyName.Name == SharedAssemblyResolver.HooksAssemblyName)
        {
            return null;
        }

        var path = home.PathOf(assemblyName.Name);
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
