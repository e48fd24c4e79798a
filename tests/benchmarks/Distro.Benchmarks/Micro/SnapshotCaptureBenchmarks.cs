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
/// and emitting it into the real export pipeline, all on the calling thread. The baseline is the same call un-probed.
/// </summary>
[Config(typeof(WithProfilerConfig))]
public class SnapshotCaptureBenchmarks
{
    private static readonly TimeSpan s_flushTimeout = TimeSpan.FromSeconds(30);

    private readonly ReferenceArguments _arguments = new();
    private SnapshotExportPipeline? _export;
    private InstrumentedMethodHost? _host;
    private MethodSnapshotProbe? _probe;

    [GlobalSetup(Target = nameof(CaptureAndEmit))]
    public void Arm()
    {
        EngineArming.RequireProfiler();
        _export = DiscardingExport.Create();
        var method = typeof(ReferenceTargets).GetMethod(nameof(ReferenceTargets.Submit))!;
        var path = new CapturePath(_export, CapturePath.Unlimited);
        var armed = path.ArmUnlimited(BenchmarkConfigurations.MethodProbe(method));
        _probe = new MethodSnapshotProbe(armed, ProbeTargets.For(method), path.Services);
        _host = EngineArming.ArmMethod(method, _probe);

        CaptureAndEmit();
        if (!_export.Flush(s_flushTimeout) || _export.Statistics.Exported != 1)
        {
            throw new InvalidOperationException($"the probe did not export its snapshot: {_export.Statistics}");
        }
    }

    [GlobalCleanup(Target = nameof(CaptureAndEmit))]
    public void Disarm()
    {
        if (_probe is not null)
        {
            _host?.Remove(_probe);
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

    [Benchmark(Baseline = true)]
    public int UnprobedCall() =>
        ReferenceTargets.SubmitUnprobed(_arguments.Quantity, _arguments.Rate, _arguments.Express, _arguments.Order, _arguments.Lines, _arguments.Note);

    [Benchmark]
    public int CaptureAndEmit() =>
        ReferenceTargets.Submit(_arguments.Quantity, _arguments.Rate, _arguments.Express, _arguments.Order, _arguments.Lines, _arguments.Note);
}
