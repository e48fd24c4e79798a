using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Micro;

/// <summary>Runs the BenchmarkDotNet benchmarks and stores each result per operation, merged with those of earlier runs.</summary>
internal static class MicroBenchmarkCommand
{
    public static int Run(IReadOnlyList<string> arguments, ResultStore store)
    {
        // The benchmark processes BenchmarkDotNet starts inherit the variable and write their side results there.
        Environment.SetEnvironmentVariable(ResultStore.DirectoryVariable, store.Directory);
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(store.Directory, "BenchmarkDotNet"));
        string[] benchmarkArguments = arguments.Count > 0 ? [.. arguments] : ["--filter", "*"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArguments, config).ToList();

        var measured = summaries.SelectMany(summary => summary.Reports).Where(report => report.Success).Select(ToMeasurement).OfType<MicroMeasurement>().ToList();
        var earlier = store.Read<List<MicroMeasurement>>(ResultNames.Micro) ?? [];
        store.Write(ResultNames.Micro, earlier.Where(old => !measured.Any(now => SameCase(now, old))).Concat(measured).ToList());

        var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        return failed || measured.Count == 0 ? 1 : 0;
    }

    private static MicroMeasurement? ToMeasurement(BenchmarkReport report)
    {
        if (report.ResultStatistics is not { } statistics)
        {
            return null;
        }

        var benchmark = report.BenchmarkCase;
        return new MicroMeasurement(
            benchmark.Descriptor.Type.Name,
            benchmark.Descriptor.WorkloadMethod.Name,
            benchmark.Job.Id,
            statistics.Mean,
            statistics.Median,
            statistics.StandardError,
            report.GcStats.GetBytesAllocatedPerOperation(benchmark));
    }

    private static bool SameCase(MicroMeasurement left, MicroMeasurement right) =>
        left.Class == right.Class && left.Method == right.Method && left.Job == right.Job;
}
