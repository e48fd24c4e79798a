using BenchmarkDotNet.Attributes;
using Acme.BenchmarkTargets;
using Distro.Benchmarks.Micro.Wiring;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Snapshots.Capture;
using Distro.Hooks;
using Distro.Hooks.Control;

namespace Distro.Benchmarks.Micro;

/// <summary>
/// Budget 2: what an armed probe costs a call it lets through unobserved, over the same call of an un-probed method
/// in the same process. <see cref="RateLimitedSnapshotProbe"/> is the debugger's real probe whose rate limit is used
/// up; <see cref="DecliningProbe"/> is the engine's floor, a probe that declines at once.
/// </summary>
[Config(typeof(WithProfilerConfig))]
public class ProbeGateBenchmarks
{
    private const int CallsPerInvocation = 100;

    private InstrumentedMethod? _declining;
    private InstrumentedMethodHost? _rateLimitedHost;
    private MethodSnapshotProbe? _rateLimited;

    [GlobalSetup]
    public void Arm()
    {
        EngineArming.RequireProfiler();
        var declining = new CountingDecliningProbe();
        _declining = MethodInstrumenter.Instrument(typeof(GateTargets).GetMethod(nameof(GateTargets.WithDecliningProbe))!, declining);
        var status = _declining.WaitForStatus(TimeSpan.FromSeconds(30));
        GateTargets.WithDecliningProbe(0, 0);
        if (!status.IsActive || declining.Calls == 0)
        {
            throw new InvalidOperationException($"the declining probe is not reached: {status}");
        }

        var method = typeof(GateTargets).GetMethod(nameof(GateTargets.WithExhaustedProbe))!;
        var sink = new CountingSink();
        var path = new CapturePath(sink);
        var armed = path.ArmRateLimited(BenchmarkConfigurations.MethodProbe(method));
        _rateLimited = new MethodSnapshotProbe(armed, ProbeTargets.For(method), path.Services);
        _rateLimitedHost = EngineArming.ArmMethod(method, _rateLimited);

        // The first call takes a permit and a snapshot, which shows the probe is reached; then the window runs dry.
        GateTargets.WithExhaustedProbe(1, 2);
        CapturePath.Exhaust(armed);
        GateTargets.WithExhaustedProbe(1, 2);
        if (sink.Count != 1)
        {
            throw new InvalidOperationException($"expected exactly one snapshot before the rate limit ran out, got {sink.Count}");
        }
    }

    [GlobalCleanup]
    public void Disarm()
    {
        _declining?.Dispose();
        if (_rateLimited is not null)
        {
            _rateLimitedHost?.Remove(_rateLimited);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerInvocation)]
    public int UnprobedCall()
    {
        var sum = 0;
        for (var i = 0; i < CallsPerInvocation; i++)
        {
            sum = GateTargets.Unprobed(sum, i);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CallsPerInvocation)]
    public int DecliningProbe()
    {
        var sum = 0;
        for (var i = 0; i < CallsPerInvocation; i++)
        {
            sum = GateTargets.WithDecliningProbe(sum, i);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = CallsPerInvocation)]
    public int RateLimitedSnapshotProbe()
    {
        var sum = 0;
        for (var i = 0; i < CallsPerInvocation; i++)
        {
            sum = GateTargets.WithExhaustedProbe(sum, i);
        }

        return sum;
    }

    private sealed class CountingDecliningProbe : MethodProbe
    {
        public long Calls { get; private set; }

        public override ProbeFrame? TryBeginFrame()
        {
            Calls++;
            return null;
        }
    }
}
