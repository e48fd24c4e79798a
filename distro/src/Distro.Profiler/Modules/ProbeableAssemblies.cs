using Distro.Shared;

namespace Distro.Profiler.Modules;

/// <summary>The assemblies whose methods a probe may target: all but <see cref="UnprobeableAssemblies"/>.</summary>
internal static class ProbeableAssemblies
{
    public static bool MayBeProbed(string assemblyName) =>
        UnprobeableAssemblies.RuntimePrefixOf(assemblyName) is null && UnprobeableAssemblies.DistroPrefixOf(assemblyName) is null;
}
