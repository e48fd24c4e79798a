using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Distro.Hooks;
using Distro.Hooks.Control;

namespace Distro.Benchmarks;

/// <summary>
/// What an instrumented-but-idle method costs. <see cref="UnprobedMethod"/> is never instrumented;
/// <see cref="ArmedProbeThatDeclines"/> calls a method whose probe is armed but declines every call (as a
/// rate-limited probe does) when the process runs under the profiler. Each is compared with the same call in a
/// process without the profiler.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByMethod)]
public class ProbeGateBenchmarks
{
    /// <summary>Calls per benchmark invocation, so a call of a few nanoseconds is well above the timer's resolution.</summary>
    private const int CallsPerInvocation = 100;

    private InstrumentedMethod? _instrumented;

    [GlobalSetup]
    public void ArmWhenTheProfilerIsAttached()
    {
        if (!MethodInstrumenter.IsAvailable)
        {
            return;
        }

        _instrumented = MethodInstrumenter.Instrument(typeof(Targets).GetMethod(nameof(Targets.Armed))!, new DecliningProbe());
        var status = _instrumented.WaitForStatus(TimeSpan.FromSeconds(30));
        if (!status.IsActive)
        {
            throw new InvalidOperationException($"arming failed: {status}");
        }

        Targets.Armed(0, 0);
        if (DecliningProbe.Calls == 0)
        {
            throw new InvalidOperationException("the armed probe is not reached");
        }
    }

    [GlobalCleanup]
    public void Disarm() => _instrumented?.Dispose();

    [Benchmark(OperationsPerInvoke = CallsPerInvocation)]
    public int UnprobedMethod()
    {
        var sum = 0;
        for (var i = 0; i < CallsPerInvocation; i++)
        {
            sum = Targets.Unprobed(sum, i);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CallsPerInvocation)]
    public int ArmedProbeThatDeclines()
    {
        var sum = 0;
        for (var i = 0; i < CallsPerInvocation; i++)
        {
            sum = Targets.Armed(sum, i);
        }

        return sum;
    }

    private sealed class DecliningProbe : MethodProbe
    {
        public static long Calls;

        public override ProbeFrame? TryBeginFrame()
        {
            Calls++;
            return null;
        }
    }

    private static class Targets
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Unprobed(int left, int right) => left + right;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Armed(int left, int right) => left + right;
    }
}
