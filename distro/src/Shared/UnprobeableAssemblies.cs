namespace Distro.Shared;

/// <summary>
/// The assemblies no probe may target, by simple-name prefix (the whole name, or the part before a '.'): the runtime's
/// own, whose methods every thread of the application and the instrumentation run through, and the distro's own.
/// Compiled into the debugger, which refuses probes there, and into the profiler, which lets the JIT inline these
/// freely because no probe will need to reach them.
/// </summary>
internal static class UnprobeableAssemblies
{
    private static readonly string[] s_runtimePrefixes = ["System", "Microsoft", "netstandard", "mscorlib"];
    private static readonly string[] s_distroPrefixes = ["Distro", "OpenTelemetry"];

    /// <summary>The runtime prefix that <paramref name="name"/> falls under, or null.</summary>
    public static string? RuntimePrefixOf(string name) => Array.Find(s_runtimePrefixes, prefix => IsOrStartsWith(name, prefix));

    /// <summary>The distro prefix that <paramref name="name"/> falls under, or null.</summary>
    public static string? DistroPrefixOf(string name) => Array.Find(s_distroPrefixes, prefix => IsOrStartsWith(name, prefix));

    private static bool IsOrStartsWith(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (name.Length == prefix.Length || name[prefix.Length] == '.');
}
