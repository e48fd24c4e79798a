using BenchmarkDotNet.Attributes;
using Acme.BenchmarkTargets;
using Distro.Benchmarks.Micro.Wiring;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.RateLimiting;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Snapshots.Capture;
using Distro.Hooks;
using Distro.Hooks.Control;

namespace Distro.Benchmarks.Micro;

/// <summary>
/// Budget 2: what an armed probe costs a call it lets through unobserved, over the same call of an un-probed method
/// in the same process. <see cref="RateLimitedSnapshotProbe"/> is the debugger's real probe at its rate limit, on the
/// production limiter and clock: in each second its first five calls take snapshots (a few tens of microseconds in all,
/// under a thousandth of a nanosecond per call over the run) and the rest are turned away; <see cref="DecliningProbe"/>
/// is the engine's floor, a probe that declines at once.
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

        // The first call takes a permit and a snapshot, which shows the probe is reached.
        GateTargets.WithExhaustedProbe(1, 2);
        if (sink.Count != 1)
        {
            throw new InvalidOperationException($"expected the first call to take a snapshot, got {sink.Count}");
        }

        if (!TurnsAwayOnceExhausted(armed, sink))
        {
            throw new InvalidOperationException("the probe took a snapshot after its window's permits were taken");
        }
    }

    [GlobalCleanup]
    public void Disarm()
    {
        _declining?.Dispose();
        if (_rateLimited is not null)
        {
            EngineArming.Disarm(_rateLimitedHost, _rateLimited);
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

    /// <summary>
    /// Whether a call in a window whose permits are taken takes no snapshot. The limiter runs on the production clock,
    /// so the permits and the call are retried in one window when a new second starts between them.
    /// </summary>
    private static bool TurnsAwayOnceExhausted(ArmedProbe armed, CountingSink sink)
    {
        const long windowMilliseconds = 1000;
        while (true)
        {
            var window = CoarseClock.NowMilliseconds / windowMilliseconds;
            CapturePath.Exhaust(armed);
            var snapshotsBefore = sink.Count;
            GateTargets.WithExhaustedProbe(1, 2);
            if (CoarseClock.NowMilliseconds / windowMilliseconds == window)
            {
                return sink.Count == snapshotsBefore;
            }
        }
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
