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
    public const string HooksAssemblyName = "Distro.Hooks";

    public static void Register(DistroHome home)
    {
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name == HooksAssemblyName && File.Exists(home.PathOf(HooksAssemblyName))
                ? context.LoadFromAssemblyPath(home.PathOf(HooksAssemblyName))
                : null;
    }

    /// <summary>The hooks assembly, loaded into the default context now.</summary>
    public static Assembly LoadHooks() => AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(HooksAssemblyName));
}
