using System.Reflection;

namespace Distro.StartupHook;

/// <summary>
/// The rule that keeps the distro's dependencies apart from the application's without duplicating the framework:
/// <list type="number">
/// <item>the hooks assembly is always shared (rewritten application code calls it);</item>
/// <item>the OpenTelemetry packages and the distro's own assemblies always come from the distro when it ships them, so
/// that an application with another OpenTelemetry version keeps its own and the distro keeps the one it was built with;</item>
/// <item>anything else comes from the default context when that one has it in a version at least as new as the one
/// asked for (the framework, so that types such as HttpContext are the application's; and libraries the application
/// already carries in a compatible version);</item>
/// <item>otherwise from the distro when it ships it, else from the default context.</item>
/// </list>
/// </summary>
internal static class AssemblyLoadPolicy
{
    public const string HooksAssemblyName = "Distro.Hooks";

    private static readonly string[] s_isolatedPrefixes = ["OpenTelemetry", "Distro."];

    public static AssemblySource Decide(AssemblyName requested, Func<string, Version?> defaultContextVersion, Func<string, bool> shippedByDistro)
    {
        var name = requested.Name;
        if (string.IsNullOrEmpty(name) || string.Equals(name, HooksAssemblyName, StringComparison.OrdinalIgnoreCase))
        {
            return AssemblySource.Default;
        }

        var shipped = shippedByDistro(name!);
        if (shipped && IsIsolated(name!))
        {
            return AssemblySource.DistroHome;
        }

        var available = defaultContextVersion(name!);
        if (available is not null && available >= (requested.Version ?? new Version(0, 0)))
        {
            return AssemblySource.Default;
        }

        return shipped ? AssemblySource.DistroHome : AssemblySource.Default;
    }

    private static bool IsIsolated(string name)
    {
        foreach (var prefix in s_isolatedPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
