using System.Reflection;
using System.Runtime.CompilerServices;

namespace Acme.BenchmarkTargets;

/// <summary>Eight methods to arm in turn, so that arming latency covers distinct methods as well as methods armed again.</summary>
public static class ArmingTargets
{
    /// <summary>Each target with a delegate to call it, made before any arming, as a framework keeps a handler.</summary>
    public static IReadOnlyList<(MethodInfo Method, Func<int, int> Call)> All { get; } =
    [
        Target(Target0), Target(Target1), Target(Target2), Target(Target3),
        Target(Target4), Target(Target5), Target(Target6), Target(Target7),
    ];

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target0(int value) => value + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target1(int value) => value + 2;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target2(int value) => value + 3;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target3(int value) => value + 4;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target4(int value) => value + 5;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target5(int value) => value + 6;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target6(int value) => value + 7;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Target7(int value) => value + 8;

    private static (MethodInfo, Func<int, int>) Target(Func<int, int> call) => (call.Method, call);
}
