using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Acme.BenchmarkTargets;

namespace Distro.Benchmarks.Micro;

/// <summary>
/// Budget 1: what the profiler costs code it never instruments. The same calls run in a process without the profiler
/// (the baseline job) and in one with it; nothing is armed in either.
/// </summary>
[Config(typeof(WithAndWithoutProfilerConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByMethod)]
public class ProfilerOverheadBenchmarks
{
    /// <summary>Calls per benchmark invocation, so a call of a few nanoseconds is well above the timer's resolution.</summary>
    private const int CallsPerInvocation = 100;

    private readonly string[] _skus = [.. PriceFormatter.Skus];
    private readonly char[] _buffer = new char[32];

    /// <summary>An ordinary method with a dictionary lookup and number formatting in it.</summary>
    [Benchmark(OperationsPerInvoke = CallsPerInvocation)]
    public int UnprobedServiceMethod()
    {
        var written = 0;
        for (var i = 0; i < CallsPerInvocation; i++)
        {
            written += PriceFormatter.Format(_skus[i % _skus.Length], _buffer);
        }

        return written;
    }

    /// <summary>The smallest method there is: a call and an addition.</summary>
    [Benchmark(OperationsPerInvoke = CallsPerInvocation)]
    public int UnprobedCall()
    {
        var sum = 0;
        for (var i = 0; i < CallsPerInvocation; i++)
        {
            sum = GateTargets.Unprobed(sum, i);
        }

        return sum;
    }
}
