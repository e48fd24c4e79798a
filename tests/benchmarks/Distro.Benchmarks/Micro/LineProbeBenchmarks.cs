using BenchmarkDotNet.Attributes;
using Acme.BenchmarkTargets;
using Distro.Benchmarks.Micro.Wiring;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Snapshots.Capture;

namespace Distro.Benchmarks.Micro;

/// <summary>
/// Budget 7: a line probe on the body of a tight loop whose rate limit is used up, per iteration, over the same loop
/// un-probed. The line is resolved and armed as the debugger resolves and arms a line BREAKPOINT.
/// </summary>
[Config(typeof(WithProfilerConfig))]
public class LineProbeBenchmarks
{
    private const int Iterations = 1000;

    private InstrumentedMethodHost? _host;
    private LineSnapshotProbe? _probe;

    [GlobalSetup]
    public void Arm()
    {
        EngineArming.RequireProfiler();
        var (target, line) = LineTargetResolution.Resolve(LoopTargets.FileName, LoopTargets.ProbedLine);
        var sink = new CountingSink();
        var path = new CapturePath(sink);
        var armed = path.ArmRateLimited(BenchmarkConfigurations.LineProbe(LoopTargets.FileName, LoopTargets.ProbedLine));
        _probe = new LineSnapshotProbe(armed, new ProbeTarget(target.Method, target.UserMethod, line.DocumentPath, line.BoundLine), line, path.Services);
        _host = EngineArming.ArmLine(target.Method, _probe, line.ILOffset, _probe.LocalSlots);

        // Three iterations take three of the window's permits and three snapshots; then the window runs dry.
        LoopTargets.SumOfSquares(3);
        CapturePath.Exhaust(armed);
        LoopTargets.SumOfSquares(3);
        if (sink.Count != 3)
        {
            throw new InvalidOperationException($"expected a snapshot for each of the first three iterations, got {sink.Count}");
        }
    }

    [GlobalCleanup]
    public void Disarm()
    {
        if (_probe is not null)
        {
            EngineArming.Disarm(_host, _probe);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations)]
    public long UnprobedLoop() => LoopTargets.SumOfSquaresUnprobed(Iterations);

    [Benchmark(OperationsPerInvoke = Iterations)]
    public long LoopWithRateLimitedLineProbe() => LoopTargets.SumOfSquares(Iterations);
}
