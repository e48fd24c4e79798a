using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Report;

/// <summary>
/// Writes the report from whatever results are stored; a measurement that has not run shows as "not measured". A missed
/// budget is a finding to report, not a failure of the run.
/// </summary>
internal static class ReportCommand
{
    public static int Run(IReadOnlyList<string> arguments, ResultStore store)
    {
        var options = new CommandOptions(arguments, "output", "command", "findings");
        var output = options.Required("output");
        var findings = options.Text("findings", string.Empty) is { Length: > 0 } path && File.Exists(path) ? File.ReadAllText(path) : null;

        var micro = new MicroResults(store.Read<List<MicroMeasurement>>(ResultNames.Micro) ?? []);
        var arming = store.Read<List<LatencySeries>>(ResultNames.Arming);
        var startup = store.Read<StartupResult>(ResultNames.Startup);
        var throughput = store.Read<ThroughputResult>(ResultNames.Throughput);
        var captureOnCallingThread = store.Read<CallingThreadCost>(ResultNames.CaptureCallingThread);
        List<BudgetRow> rows = [.. MicroBudgets.Rows(micro, captureOnCallingThread), .. ArmingBudget.Rows(arming), .. ServiceBudgets.Rows(startup, throughput)];
        rows = [.. rows.OrderBy(row => row.Number, StringComparer.Ordinal)];

        var report = new PerformanceReport(MachineInfo.Read(), options.Text("command", "tests/benchmarks/run.sh"), DateTimeOffset.UtcNow)
            .Write(rows, micro, store.Read<CaptureExportCounts>(ResultNames.CaptureExport), arming, startup, throughput, findings);
        File.WriteAllText(output, report);
        foreach (var row in rows)
        {
            Console.WriteLine($"{row.Number}  {row.Verdict,-13} {row.Comparison,-14} target {row.Target}  {row.Budget}");
        }

        Console.WriteLine($"{rows.Count(row => row.Verdict == Verdict.Miss)} of {rows.Count(row => row.Verdict is Verdict.Pass or Verdict.Miss)} budgets missed; see {output}");
        return 0;
    }
}
