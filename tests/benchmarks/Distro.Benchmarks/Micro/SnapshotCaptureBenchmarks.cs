using BenchmarkDotNet.Attributes;
using Acme.BenchmarkTargets;
using Distro.Benchmarks.Micro.Wiring;
using Distro.Benchmarks.Results;
using Distro.Debugger.Export;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Snapshots.Capture;

namespace Distro.Benchmarks.Micro;

/// <summary>
/// Budget 3: a probe that fires on every call, capturing the reference snapshot (three primitives, an object with ten
/// fields, a list of twenty small objects, a string of 1,000 characters, and the return value, with the default limits)
/// and emitting it into the real export pipeline, all on the calling thread; and the capture alone, its snapshots
/// handed to a sink that only counts them. The baseline is the same call un-probed.
/// </summary>
[Config(typeof(WithProfilerConfig))]
public class SnapshotCaptureBenchmarks
{
    private static readonly TimeSpan s_flushTimeout = TimeSpan.FromSeconds(30);

    private readonly ReferenceArguments _arguments = new();
    private SnapshotExportPipeline? _export;
    private InstrumentedMethodHost? _host;
    private MethodSnapshotProbe? _probe;
    private CountingSink? _counted;

    [GlobalSetup(Target = nameof(CaptureAndEmit))]
    public void Arm()
    {
        _export = DiscardingExport.Create();
        ArmSnapshotProbe(nameof(ReferenceTargets.Submit), _export);

        CaptureAndEmit();
        if (!_export.Flush(s_flushTimeout) || _export.Statistics.Exported != 1)
        {
            throw new InvalidOperationException($"the probe did not export its snapshot: {_export.Statistics}");
        }
    }

    [GlobalSetup(Target = nameof(Capture))]
    public void ArmCaptureOnly()
    {
        _counted = new CountingSink();
        ArmSnapshotProbe(nameof(ReferenceTargets.Record), _counted);

        Capture();
        if (_counted.Count != 1)
        {
            throw new InvalidOperationException($"the probe took {_counted.Count} snapshots on its first call instead of 1");
        }
    }

    [GlobalCleanup(Target = nameof(Capture))]
    public void DisarmCaptureOnly()
    {
        if (_probe is not null)
        {
            EngineArming.Disarm(_host, _probe);
        }
    }

    [GlobalCleanup(Target = nameof(CaptureAndEmit))]
    public void Disarm()
    {
        if (_probe is not null)
        {
            ResultStore.FromEnvironment()?.Write(ResultNames.CaptureCallingThread, MeasureCallingThread());
            EngineArming.Disarm(_host, _probe);
        }

        if (_export is null)
        {
            return;
        }

        _export.Flush(s_flushTimeout);
        var statistics = _export.Statistics;
        ResultStore.FromEnvironment()?.Write(ResultNames.CaptureExport, new CaptureExportCounts(statistics.Exported, statistics.Dropped, statistics.ExportFailed));
        _export.Dispose();
    }

    /// <summary>Arms a snapshot probe without an effective rate limit on the reference target named <paramref name="methodName"/>.</summary>
    private void ArmSnapshotProbe(string methodName, ISnapshotSink sink)
    {
        EngineArming.RequireProfiler();
        var method = typeof(ReferenceTargets).GetMethod(methodName)!;
        var path = new CapturePath(sink, CapturePath.Unlimited);
        var armed = path.ArmUnlimited(BenchmarkConfigurations.MethodProbe(method));
        _probe = new MethodSnapshotProbe(armed, ProbeTargets.For(method), path.Services);
        _host = EngineArming.ArmMethod(method, _probe);
    }

    /// <summary>
    /// BenchmarkDotNet measures wall time, and allocations of the whole process: with the export thread busy on the
    /// same two cores, both overstate what a snapshot costs the thread that took it, which is what the budget is about.
    /// </summary>
    private CallingThreadCost MeasureCallingThread()
    {
        const int Snapshots = 2000;
        const int Rounds = 9;
        var cpu = new double[Rounds];
        var allocated = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            var startCpu = ThreadCpuClock.Nanoseconds();
            var startAllocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Snapshots; i++)
            {
                CaptureAndEmit();
            }

            allocated[round] = (GC.GetAllocatedBytesForCurrentThread() - startAllocated) / (double)Snapshots;
            cpu[round] = (ThreadCpuClock.Nanoseconds() - startCpu) / (double)Snapshots;
        }

        Array.Sort(cpu);
        Array.Sort(allocated);
        return new CallingThreadCost(cpu[Rounds / 2], allocated[Rounds / 2], Snapshots, Rounds);
    }

    [Benchmark(Baseline = true)]
    public int UnprobedCall() =>
        ReferenceTargets.SubmitUnprobed(_arguments.Quantity, _arguments.Rate, _arguments.Express, _arguments.Order, _arguments.Lines, _arguments.Note);

    [Benchmark]
    public int Capture() =>
        ReferenceTargets.Record(_arguments.Quantity, _arguments.Rate, _arguments.Express, _arguments.Order, _arguments.Lines, _arguments.Note);

    [Benchmark]
    public int CaptureAndEmit() =>
        ReferenceTargets.Submit(_arguments.Quantity, _arguments.Rate, _arguments.Express, _arguments.Order, _arguments.Lines, _arguments.Note);
}
