using Distro.Benchmarks.Results;
using Distro.Benchmarks.Service;

namespace Distro.Benchmarks.Report;

/// <summary>Budgets 5 and 6: start-up, throughput and memory of the real service, with the distro against without it.</summary>
internal static class ServiceBudgets
{
    private const double StartupMilliseconds = 150;
    private const double NoProbeThroughput = 0.99;
    private const double ProbeThroughput = 0.97;
    private const double ResidentSetBytes = 40 * 1024 * 1024;

    public static IEnumerable<BudgetRow> Rows(StartupResult? startup, ThroughputResult? throughput)
    {
        yield return Startup(startup);

        var plain = throughput?.Variants.FirstOrDefault(variant => variant.Variant == nameof(ServiceVariant.Plain));
        var distro = throughput?.Variants.FirstOrDefault(variant => variant.Variant == nameof(ServiceVariant.Distro));
        var probed = throughput?.Variants.FirstOrDefault(variant => variant.Variant == nameof(ServiceVariant.DistroWithProbe));
        yield return Throughput("6", "Throughput with the distro, no probes, vs without the distro (median of rounds)", distro, plain, NoProbeThroughput);
        yield return Throughput("6", "Throughput with a probe on the hot path firing at its rate limit, vs without the distro", probed, plain, ProbeThroughput);
        yield return Memory("Resident set after the runs, distro without probes vs without the distro", distro, plain);
        yield return Memory("Resident set after the runs, distro with the probe vs without the distro", probed, plain);
    }

    private static BudgetRow Startup(StartupResult? startup)
    {
        const string Budget = "Start-up: launch to first successful response of MinimalApi.App, instrument.sh (debugger on) vs plain dotnet";
        var target = "≤ +" + Units.Milliseconds(StartupMilliseconds);
        if (startup is null)
        {
            return BudgetRow.NotMeasured("5", Budget, target);
        }

        var distro = Percentiles.Median(startup.DistroMilliseconds);
        var plain = Percentiles.Median(startup.PlainMilliseconds);
        return new BudgetRow(
            "5",
            $"{Budget}, median of {startup.DistroMilliseconds.Count} runs each",
            Units.Milliseconds(distro),
            Units.Milliseconds(plain),
            Units.Signed(Units.Milliseconds(distro - plain), distro - plain),
            target,
            BudgetRow.Judge(distro - plain <= StartupMilliseconds));
    }

    private static BudgetRow Throughput(string number, string budget, VariantThroughput? measured, VariantThroughput? baseline, double minimumRatio)
    {
        var target = "≥ " + Units.Percent(minimumRatio);
        if (measured is null || baseline is null)
        {
            return BudgetRow.NotMeasured(number, budget, target);
        }

        var rate = Percentiles.Median(measured.RequestsPerSecond);
        var baselineRate = Percentiles.Median(baseline.RequestsPerSecond);
        return new BudgetRow(
            number,
            budget,
            Units.Rate(rate),
            Units.Rate(baselineRate),
            Units.Percent(rate / baselineRate),
            target,
            BudgetRow.Judge(rate / baselineRate >= minimumRatio));
    }

    private static BudgetRow Memory(string budget, VariantThroughput? measured, VariantThroughput? baseline)
    {
        var target = "≤ +" + Units.Bytes(ResidentSetBytes);
        if (measured is null || baseline is null)
        {
            return BudgetRow.NotMeasured("6", budget, target);
        }

        var difference = measured.ResidentSetBytes - baseline.ResidentSetBytes;
        return new BudgetRow(
            "6",
            budget,
            Units.Bytes(measured.ResidentSetBytes),
            Units.Bytes(baseline.ResidentSetBytes),
            Units.Signed(Units.Bytes(difference), difference),
            target,
            BudgetRow.Judge(difference <= ResidentSetBytes));
    }
}
