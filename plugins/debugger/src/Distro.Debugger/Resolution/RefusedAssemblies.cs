namespace Distro.Debugger.Resolution;

/// <summary>
/// The assemblies no probe may touch: the runtime's own (System.*, Microsoft.*, netstandard, mscorlib), whose
/// methods every part of the application and the instrumentation itself run through, and the distro's own
/// (Distro.*, OpenTelemetry.*), where a probe would observe or recurse into its own machinery.
/// </summary>
internal static class RefusedAssemblies
{
    private static readonly string[] s_runtimeNames = ["System", "Microsoft", "netstandard", "mscorlib"];
    private static readonly string[] s_distroNames = ["Distro", "OpenTelemetry"];

    /// <summary>Why a name (an assembly's, or a namespace) is refused, or null when it is not.</summary>
    public static string? WhyRefused(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (Array.Find(s_runtimeNames, refused => IsOrStartsWith(name, refused)) is { } runtime)
        {
            return $"{name} is part of the .NET runtime ({runtime}*): the debugger never instruments the runtime's own code, which every thread of the application and the debugger itself depend on";
        }

        if (Array.Find(s_distroNames, refused => IsOrStartsWith(name, refused)) is { } distro)
        {
            return $"{name} is part of the instrumentation itself ({distro}*): probing it would observe or recurse into the debugger's own machinery";
        }

        return null;
    }

    private static bool IsOrStartsWith(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (name.Length == prefix.Length || name[prefix.Length] == '.');
}
