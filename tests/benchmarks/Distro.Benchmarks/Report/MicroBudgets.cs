using Distro.Benchmarks.Micro;
using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Report;

/// <summary>The budgets measured with BenchmarkDotNet (1, 2, 3 and 7), each against a baseline of the same run.</summary>
internal static class MicroBudgets
{
    private const double ProfilerRatio = 1.01;
    private const double RateLimitedProbeNanoseconds = 20;
    private const double SnapshotNanoseconds = 10_000;
    private const double SnapshotBytes = 8 * 1024;
    private const double LimiterRefusalNanoseconds = 25;
    private const double LineProbeNanoseconds = 30;

    public static IEnumerable<BudgetRow> Rows(MicroResults results, CallingThreadCost? captureOnCallingThread)
    {
        yield return ProfilerOverhead(results, "1", "Un-probed service method (dictionary lookup, number formatting), profiler attached vs not", nameof(ProfilerOverheadBenchmarks.UnprobedServiceMethod), isBudget: true);
        yield return ProfilerOverhead(results, "1", "Un-probed call (a call and an addition, about 1 ns), profiler attached vs not", nameof(ProfilerOverheadBenchmarks.UnprobedCall), isBudget: false);

        var unprobedCall = results.Find(nameof(ProbeGateBenchmarks), nameof(ProbeGateBenchmarks.UnprobedCall));
        var rateLimited = results.Find(nameof(ProbeGateBenchmarks), nameof(ProbeGateBenchmarks.RateLimitedSnapshotProbe));
        yield return TimeAbove("2", "Armed snapshot probe whose rate limit is used up, per call above the un-probed call", rateLimited, unprobedCall, RateLimitedProbeNanoseconds);
        yield return Allocation("2", "Armed snapshot probe whose rate limit is used up, allocated per call", rateLimited, unprobedCall, 0);
        var declining = results.Find(nameof(ProbeGateBenchmarks), nameof(ProbeGateBenchmarks.DecliningProbe));
        yield return TimeAbove("2", "Armed probe that declines at once (the engine's floor: hooks and probe lookup), per call", declining, unprobedCall, null);
        var callWithoutProfiler = results.Find(nameof(ProfilerOverheadBenchmarks), nameof(ProfilerOverheadBenchmarks.UnprobedCall), ProfilerJobs.WithoutProfilerId);
        yield return RatioAgainst("2", "Armed snapshot probe whose rate limit is used up, per call, against the un-probed call without the profiler", rateLimited, callWithoutProfiler);
        yield return RatioAgainst("2", "Armed probe that declines at once, per call, against the un-probed call without the profiler", declining, callWithoutProfiler);

        var unprobedReference = results.Find(nameof(SnapshotCaptureBenchmarks), nameof(SnapshotCaptureBenchmarks.UnprobedCall));
        var captured = results.Find(nameof(SnapshotCaptureBenchmarks), nameof(SnapshotCaptureBenchmarks.CaptureAndEmit));
        var captureOnly = results.Find(nameof(SnapshotCaptureBenchmarks), nameof(SnapshotCaptureBenchmarks.Capture));
        yield return TimeAbove("3", "Reference snapshot captured, handed to a sink that counts it (no export), per snapshot above the un-probed call", captureOnly, unprobedReference, SnapshotNanoseconds);
        yield return Allocation("3", "Reference snapshot captured, handed to a sink that counts it (no export), allocated per snapshot", captureOnly, unprobedReference, SnapshotBytes);
        yield return CallingThread(
            "Reference snapshot captured and emitted, CPU time of the calling thread per snapshot",
            captureOnCallingThread?.CpuNanoseconds,
            Units.Time,
            "≤ " + Units.Time(SnapshotNanoseconds),
            SnapshotNanoseconds);
        yield return CallingThread(
            "Reference snapshot captured and emitted, allocated by the calling thread per snapshot",
            captureOnCallingThread?.AllocatedBytes,
            Units.Bytes,
            "≤ " + Units.Bytes(SnapshotBytes),
            SnapshotBytes);
        yield return TimeAbove("3", "Reference snapshot captured and emitted, wall time per snapshot with the export threads busy on the same cores", captured, unprobedReference, null);
        yield return Allocation("3", "Reference snapshot captured and emitted, allocated per snapshot by the whole process (export threads included)", captured, unprobedReference, null);
        yield return TimeAbove(
            "3",
            "Rate limiter turning a call away, above a call that refuses without asking",
            results.Find(nameof(RateLimiterBenchmarks), nameof(RateLimiterBenchmarks.RefusedByRateLimiter)),
            results.Find(nameof(RateLimiterBenchmarks), nameof(RateLimiterBenchmarks.RefusedWithoutAsking)),
            LimiterRefusalNanoseconds);

        yield return TimeAbove(
            "7",
            "Line probe in a tight loop, rate limit used up, per iteration above the un-probed loop",
            results.Find(nameof(LineProbeBenchmarks), nameof(LineProbeBenchmarks.LoopWithRateLimitedLineProbe)),
            results.Find(nameof(LineProbeBenchmarks), nameof(LineProbeBenchmarks.UnprobedLoop)),
            LineProbeNanoseconds);
    }

    private static BudgetRow ProfilerOverhead(MicroResults results, string number, string budget, string method, bool isBudget)
    {
        var target = $"ratio ≤ {ProfilerRatio:F2}";
        var with = results.Find(nameof(ProfilerOverheadBenchmarks), method, ProfilerJobs.WithProfilerId);
        var without = results.Find(nameof(ProfilerOverheadBenchmarks), method, ProfilerJobs.WithoutProfilerId);
        if (with is null || without is null)
        {
            return BudgetRow.NotMeasured(number, budget, target);
        }

        var ratio = with.MeanNanoseconds / without.MeanNanoseconds;
        return new BudgetRow(
            number,
            budget,
            Units.Time(with.MeanNanoseconds) + " (with profiler)",
            Units.Time(without.MeanNanoseconds) + " (without)",
            "ratio " + Units.Ratio(ratio),
            isBudget ? target : $"({target})",
            isBudget ? BudgetRow.Judge(ratio <= ProfilerRatio) : Verdict.Informative);
    }

    /// <summary>A call's cost as a multiple of a baseline measured in another job of the same run.</summary>
    private static BudgetRow RatioAgainst(string number, string budget, MicroMeasurement? measured, MicroMeasurement? baseline)
    {
        if (measured is null || baseline is null)
        {
            return BudgetRow.NotMeasured(number, budget, "—");
        }

        return new BudgetRow(
            number,
            budget,
            Units.Time(measured.MeanNanoseconds),
            Units.Time(baseline.MeanNanoseconds) + " (without profiler)",
            "ratio " + Units.Ratio(measured.MeanNanoseconds / baseline.MeanNanoseconds),
            "—",
            Verdict.Informative);
    }

    private static BudgetRow TimeAbove(string number, string budget, MicroMeasurement? measured, MicroMeasurement? baseline, double? targetNanoseconds)
    {
        var target = targetNanoseconds is { } limit ? "≤ +" + Units.Time(limit) : "—";
        if (measured is null || baseline is null)
        {
            return BudgetRow.NotMeasured(number, budget, target);
        }

        var difference = measured.MeanNanoseconds - baseline.MeanNanoseconds;
        return new BudgetRow(
            number,
            budget,
            Units.Time(measured.MeanNanoseconds),
            Units.Time(baseline.MeanNanoseconds),
            Units.Signed(Units.Time(difference), difference),
            target,
            targetNanoseconds is { } max ? BudgetRow.Judge(difference <= max) : Verdict.Informative);
    }

    private static BudgetRow CallingThread(string budget, double? measured, Func<double, string> format, string target, double limit) =>
        measured is { } value
            ? new BudgetRow("3", budget, format(value), "—", format(value), target, BudgetRow.Judge(value <= limit))
            : BudgetRow.NotMeasured("3", budget, target);

    private static BudgetRow Allocation(string number, string budget, MicroMeasurement? measured, MicroMeasurement? baseline, double? targetBytes)
    {
        var target = targetBytes switch
        {
            null => "—",
            0 => "0 B",
            { } limit => "≤ " + Units.Bytes(limit),
        };
        if (measured?.AllocatedBytes is not { } allocated || baseline?.AllocatedBytes is not { } baselineAllocated)
        {
            return BudgetRow.NotMeasured(number, budget, target);
        }

        var difference = allocated - baselineAllocated;
        return new BudgetRow(
            number,
            budget,
            Units.Bytes(allocated),
            Units.Bytes(baselineAllocated),
            Units.Signed(Units.Bytes(difference), difference),
            target,
            targetBytes is { } max ? BudgetRow.Judge(difference <= max) : Verdict.Informative);
    }
}
