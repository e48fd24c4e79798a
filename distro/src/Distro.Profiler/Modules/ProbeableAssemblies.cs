namespace Distro.Profiler.Modules;

/// <summary>
/// The assemblies whose methods a probe may target: all but the runtime's own (System.*, Microsoft.*, netstandard,
/// mscorlib) and the distro's (Distro.*, OpenTelemetry.*), which the debugger refuses to instrument.
/// </summary>
internal static class ProbeableAssemblies
{
    private static readonly string[] s_neverProbed = ["System", "Microsoft", "netstandard", "mscorlib", "Distro", "OpenTelemetry"];

    public static bool MayBeProbed(string assemblyName) =>
        !Array.Exists(s_neverProbed, prefix => assemblyName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && (assemblyName.Length == prefix.Length || assemblyName[prefix.Length] == '.'));
}
