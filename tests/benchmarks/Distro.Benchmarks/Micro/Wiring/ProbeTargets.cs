using System.Reflection;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>A probed method as the probe manager names it in snapshots: with its source file and first line from the PDB.</summary>
internal static class ProbeTargets
{
    public static ProbeTarget For(MethodBase method)
    {
        using var resolver = new TargetResolver();
        var source = resolver.SourceOf(method);
        return new ProbeTarget(method, method, source?.FilePath, source?.Line ?? 0);
    }
}
