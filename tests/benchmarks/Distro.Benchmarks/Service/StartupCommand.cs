using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Service;

/// <summary>
/// Budget 5: wall time from launching the service to its first successful response, plain and through instrument.sh,
/// alternated run by run after one unmeasured launch of each (which warms the file cache).
/// </summary>
internal static class StartupCommand
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    public static int Run(IReadOnlyList<string> arguments, ResultStore store)
    {
        var options = new CommandOptions(arguments, ServiceOptions.App, ServiceOptions.Instrument, "runs");
        var runs = options.Integer("runs", 10);
        var setup = ServiceOptions.Setup(options, Path.Combine(store.Directory, "service"), cpus: null);
        var load = LoadAverage.Read();
        ServiceVariant[] variants = [ServiceVariant.Plain, ServiceVariant.Distro];
        foreach (var variant in variants)
        {
            Launch(setup, variant);
        }

        var times = variants.ToDictionary(variant => variant, _ => new List<double>());
        for (var run = 0; run < runs; run++)
        {
            foreach (var variant in variants)
            {
                times[variant].Add(Launch(setup, variant).TotalMilliseconds);
            }
        }

        var result = new StartupResult(times[ServiceVariant.Plain], times[ServiceVariant.Distro], load, LoadAverage.Read());
        store.Write(ResultNames.Startup, result);
        Console.WriteLine($"start-up: plain median {Percentiles.Median(result.PlainMilliseconds):F0} ms, distro median {Percentiles.Median(result.DistroMilliseconds):F0} ms");
        return 0;
    }

    private static TimeSpan Launch(ServiceSetup setup, ServiceVariant variant)
    {
        using var service = RunningService.Start(setup, variant);
        return service.WaitUntilHealthy(s_timeout);
    }
}
