using Distro.Benchmarks.Arming;
using Distro.Benchmarks.Micro;
using Distro.Benchmarks.Report;
using Distro.Benchmarks.Results;
using Distro.Benchmarks.Service;

namespace Distro.Benchmarks;

/// <summary>
/// The distro's performance budgets; <c>tests/benchmarks/run.sh</c> runs every command and writes the report.
/// <code>
///   micro [BenchmarkDotNet arguments]                     the probe path, in processes with and without the profiler
///   arming [--count 200]                                  from arming a probe to the first call that runs it
///   startup --app MinimalApi.App.dll [--runs 10]          launch to first response, with and without the distro
///   throughput --app MinimalApi.App.dll [--duration 20] [--rounds 5] [--threads 2] [--connections 50]
///   report --output docs/performance.md [--command TEXT]  the markdown table of every budget
/// </code>
/// Every command takes <c>--results DIR</c>, where results are stored (default artifacts/benchmarks/results).
/// </summary>
public static class Program
{
    public const string ArmingCommandName = "arming";
    public const string ResultsOption = "results";

    private const string DefaultResults = "artifacts/benchmarks/results";

    public static int Main(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "micro";
        var options = new CommandOptions(command == args.FirstOrDefault() ? args[1..] : args, ResultsOption);
        var store = new ResultStore(options.Text(ResultsOption, DefaultResults));
        var arguments = options.Remaining;
        return command switch
        {
            "micro" => MicroBenchmarkCommand.Run(arguments, store),
            ArmingCommandName => ArmingCommand.Run(arguments, store),
            "startup" => StartupCommand.Run(arguments, store),
            "throughput" => ThroughputCommand.Run(arguments, store),
            "report" => ReportCommand.Run(arguments, store),
            _ => Usage(command),
        };
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"unknown command \"{command}\": micro, arming, startup, throughput or report");
        return 2;
    }
}
