using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Distro.Debugger.RateLimiting;
using Distro.Debugger.Snapshots;

namespace Distro.Benchmarks.Micro;

/// <summary>
/// Budget 3, second part: the rate limiter turning a call away (its window's permits are taken), over a call that
/// returns the same answer without asking anything. The limiter runs on the production clock: in each second the
/// first five checks take the new window's permits.
/// </summary>
[Config(typeof(WithProfilerConfig))]
public class RateLimiterBenchmarks
{
    private const int ChecksPerInvocation = 100;

    private readonly WindowRateLimiter _limiter = new(ArmedProbe.DefaultSnapshotsPerSecond, TimeSpan.FromSeconds(1));

    [GlobalSetup]
    public void TakeThePermits()
    {
        while (_limiter.TryAcquire())
        {
            // Each turn takes one permit.
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ChecksPerInvocation)]
    public int RefusedWithoutAsking()
    {
        var refused = 0;
        for (var i = 0; i < ChecksPerInvocation; i++)
        {
            refused += Refuse() ? 0 : 1;
        }

        return refused;
    }

    [Benchmark(OperationsPerInvoke = ChecksPerInvocation)]
    public int RefusedByRateLimiter()
    {
        var refused = 0;
        for (var i = 0; i < ChecksPerInvocation; i++)
        {
            refused += _limiter.TryAcquire() ? 0 : 1;
        }

        return refused;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Refuse() => false;
}
