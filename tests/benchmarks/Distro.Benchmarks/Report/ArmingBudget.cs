using Acme.BenchmarkTargets;
using Distro.Benchmarks.Arming;
using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Report;

/// <summary>Budget 4: arming latency, median (p95 and the slowest shown), through the debugger and at the engine, with either kind of caller.</summary>
internal static class ArmingBudget
{
    private const double MedianMilliseconds = 5;

    public static IEnumerable<BudgetRow> Rows(IReadOnlyList<LatencySeries>? series)
    {
        foreach (var pace in Enum.GetValues<CallerPace>())
        {
            yield return Row(series, ArmingLatency.SeriesName(throughDebugger: true, pace), $"Arming latency, ProbeManager.Apply (diff, resolution by name, rewrite) to the first call that runs the probe, {Caller(pace)}");
            yield return Row(series, ArmingLatency.SeriesName(throughDebugger: false, pace), $"Arming latency, MethodInstrumenter.Instrument to the first call that runs the probe, {Caller(pace)}");
        }
    }

    private static string Caller(CallerPace pace) => pace switch
    {
        CallerPace.Busy => "caller in a tight loop",
        _ => "caller yielding between calls",
    };

    private static BudgetRow Row(IReadOnlyList<LatencySeries>? all, string name, string budget)
    {
        var target = "median ≤ " + Units.Milliseconds(MedianMilliseconds);
        if (all?.FirstOrDefault(series => series.Name == name) is not { } series)
        {
            return BudgetRow.NotMeasured("4", budget, target);
        }

        return new BudgetRow(
            "4",
            $"{budget} ({series.Milliseconds.Count} armings of {ArmingTargets.All.Count} methods in turn)",
            $"median {Units.PreciseMilliseconds(series.Median)}, p95 {Units.PreciseMilliseconds(series.P95)}, max {Units.PreciseMilliseconds(series.Max)}",
            "— (absolute)",
            "—",
            target,
            BudgetRow.Judge(series.Median <= MedianMilliseconds));
    }
}
