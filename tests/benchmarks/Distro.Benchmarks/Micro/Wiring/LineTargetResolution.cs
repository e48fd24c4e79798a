using Distro.Debugger.Resolution;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>Resolves a file:line through the debugger's resolver (reflection and the portable PDB), as a line BREAKPOINT is resolved.</summary>
internal static class LineTargetResolution
{
    public static (ResolvedTarget Target, LineBinding Line) Resolve(string fileName, int line)
    {
        using var resolver = new TargetResolver();
        if (resolver.Resolve(new TargetLocation(null, null, null, fileName, line)) is not ResolvedTargets { Targets: [{ Line: { } binding } target] })
        {
            throw new InvalidOperationException($"{fileName}:{line} did not resolve to exactly one line in one method");
        }

        if (binding.BoundLine != line)
        {
            throw new InvalidOperationException($"{fileName}:{line} bound to line {binding.BoundLine}: the target file's lines have moved");
        }

        return (target, binding);
    }
}
