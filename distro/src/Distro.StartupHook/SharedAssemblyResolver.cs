using System.Reflection;
using System.Runtime.Loader;

namespace Distro.StartupHook;

/// <summary>
/// Makes the hooks assembly resolvable in the default load context. Rewritten methods of the application reference it
/// by name, so it must load there, once, and be the same instance the instrumentation API uses. The default context
/// asks this handler only for assemblies the application itself does not provide.
/// </summary>
internal static class SharedAssemblyResolver
{
    public static void Register(DistroHome home)
    {
        var path = home.PathOf(AssemblyLoadPolicy.HooksAssemblyName);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            string.Equals(name.Name, AssemblyLoadPolicy.HooksAssemblyName, StringComparison.OrdinalIgnoreCase) && File.Exists(path)
                ? context.LoadFromAssemblyPath(path)
                : null;
    }

    /// <summary>The hooks assembly, loaded into the default context now.</summary>
    public static Assembly LoadHooks() => AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(AssemblyLoadPolicy.HooksAssemblyName));
}
