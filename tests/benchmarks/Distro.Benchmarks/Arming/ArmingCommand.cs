using System.Diagnostics;
using Distro.Benchmarks.Micro.Wiring;
using Distro.Benchmarks.Results;
using Distro.Hooks.Control;

namespace Distro.Benchmarks.Arming;

/// <summary>Measures arming latency in a process with the profiler: this one if it has it, otherwise a copy of it started with it.</summary>
internal static class ArmingCommand
{
    public const int DefaultCount = 200;

    public static int Run(IReadOnlyList<string> arguments, ResultStore store)
    {
        if (!MethodInstrumenter.IsAvailable)
        {
            return RunUnderProfiler(arguments, store);
        }

        var count = new CommandOptions(arguments, "count").Integer("count", DefaultCount);
        EngineArming.RequireProfiler();
        var series = new List<LatencySeries>();
        foreach (var pace in Enum.GetValues<CallerPace>())
        {
            series.Add(ArmingLatency.MeasureDebugger(count, pace));
            series.Add(ArmingLatency.MeasureEngine(count, pace));
        }

        store.Write(ResultNames.Arming, series);
        foreach (var measured in series)
        {
            Console.WriteLine($"arming ({measured.Name}): {measured.Milliseconds.Count} armings, median {measured.Median:F3} ms, p95 {measured.P95:F3} ms, max {measured.Max:F3} ms");
        }

        return 0;
    }

    private static int RunUnderProfiler(IReadOnlyList<string> arguments, ResultStore store)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add(Program.ArmingCommandName);
        start.ArgumentList.Add("--" + Program.ResultsOption);
        start.ArgumentList.Add(store.Directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in ProfilerJobs.Variables())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the benchmark under the profiler");
        process.WaitForExit();
        return process.ExitCode;
    }
}
