using System.Runtime.CompilerServices;

namespace Acme.BenchmarkTargets;

/// <summary>
/// Three methods with the same tiny body, one per state a probed method can be in, so that each benchmark's call costs
/// only what its state adds. Never inlined: a probe is armed on a method body of its own.
/// </summary>
public static class GateTargets
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Unprobed(int left, int right) => left + right;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int WithDecliningProbe(int left, int right) => left + right;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int WithExhaustedProbe(int left, int right) => left + right;
}
