using System.Diagnostics;
using Acme.BenchmarkTargets;
using Distro.Benchmarks.Micro.Wiring;
using Distro.Benchmarks.Results;
using Distro.Debugger.Configuration;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Lifecycle;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Debugger.Sources;
using Distro.Debugger.Status;
using Distro.Hooks.Control;

namespace Distro.Benchmarks.Arming;

/// <summary>
/// Budget 4: the time from asking for a probe to the first call that runs it, over many armings of the targets in turn,
/// each disarmed and restored before the next. Measured at the engine (<see cref="MethodInstrumenter.Instrument(System.Reflection.MethodBase, Distro.Hooks.MethodProbe)"/>)
/// and through the debugger (<see cref="ProbeManager.Apply"/>: diff, resolution by name, arming, first snapshot), each
/// with a caller of either <see cref="CallerPace"/>.
/// </summary>
internal static class ArmingLatency
{
    private const string Source = "benchmark";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    public static string SeriesName(bool throughDebugger, CallerPace pace) => $"{(throughDebugger ? "debugger" : "engine")}, {pace.ToString().ToLowerInvariant()} caller";

    public static LatencySeries MeasureEngine(int count, CallerPace pace)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var (method, call) = ArmingTargets.All[i % ArmingTargets.All.Count];
            var probe = new FirstCallProbe();
            var start = Stopwatch.GetTimestamp();
            var instrumented = MethodInstrumenter.Instrument(method, probe);
            latencies.Add(CallUntil(call, pace, () => probe.FirstCallTimestamp, start));
            instrumented.Dispose();
            RequireReverted(instrumented.WaitForStatus(s_timeout).State == InstrumentationState.Reverted);
        }

        return new LatencySeries(SeriesName(throughDebugger: false, pace), latencies);
    }

    public static LatencySeries MeasureDebugger(int count, CallerPace pace)
    {
        var sink = new FirstSnapshotSink();
        var rewriter = new RevertAwareRewriter(new ProfilerMethodRewriter());
        using var resolver = new TargetResolver();
        // A global rate limit above the arming rate: the first call after each arming must be admitted.
        using var manager = new ProbeManager(
            resolver, rewriter, sink, new StatusTracker(new DiscardingStatusSink(), TimeProvider.System), RedactionPolicy.Default, TimeProvider.System, CapturePath.Unlimited);
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var (method, call) = ArmingTargets.All[i % ArmingTargets.All.Count];
            var configuration = BenchmarkConfigurations.MethodProbe(method) with { LocationHash = $"arming-{i}" };
            sink.Reset();
            var start = Stopwatch.GetTimestamp();
            manager.Apply(new ConfigurationUpdate(Source, InstrumentationType.Probe, [configuration], []));
            latencies.Add(CallUntil(call, pace, () => sink.FirstSnapshotTimestamp, start));
            manager.Apply(ConfigurationUpdate.Empty(Source, InstrumentationType.Probe));
            RequireReverted(rewriter.WaitForRevert(s_timeout));
        }

        return new LatencySeries(SeriesName(throughDebugger: true, pace), latencies);
    }

    /// <summary>Calls the target until the probe has run, and returns the milliseconds from <paramref name="start"/> to that call.</summary>
    private static double CallUntil(Func<int, int> call, CallerPace pace, Func<long?> probeRanAt, long start)
    {
        var value = 0;
        long? ranAt;
        while ((ranAt = probeRanAt()) is null)
        {
            value = call(value);
            if (pace == CallerPace.Yielding)
            {
                Thread.Yield();
            }

            if (Stopwatch.GetElapsedTime(start) > s_timeout)
            {
                throw new TimeoutException($"no call ran the probe within {s_timeout.TotalSeconds} s of arming");
            }
        }

        return Stopwatch.GetElapsedTime(start, ranAt.Value).TotalMilliseconds;
    }

    private static void RequireReverted(bool reverted)
    {
        if (!reverted)
        {
            throw new InvalidOperationException("the method was not restored after disarming");
        }
    }
}
