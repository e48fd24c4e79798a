using Distro.Shared;

namespace Distro.Debugger.Resolution;

/// <summary>Why a probe may not touch an assembly or namespace of <see cref="UnprobeableAssemblies"/>.</summary>
internal static class RefusedAssemblies
{
    /// <summary>Why a name (an assembly's, or a namespace) is refused, or null when it is not.</summary>
    public static string? WhyRefused(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (UnprobeableAssemblies.RuntimePrefixOf(name) is { } runtime)
        {
            return $"{name} is part of the .NET runtime ({runtime}*): the debugger never instruments the runtime's own code, which every thread of the application and the debugger itself depend on";
        }

        if (UnprobeableAssemblies.DistroPrefixOf(name) is { } distro)
        {
            return $"{name} is part of the instrumentation itself ({distro}*): probing it would observe or recurse into the debugger's own machinery";
        }

        return null;
    }
}
