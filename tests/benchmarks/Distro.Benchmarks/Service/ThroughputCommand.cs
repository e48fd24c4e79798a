using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Service;

/// <summary>
/// Budget 6: requests per second of the service under wrk on loopback, plain, with the distro, and with the distro and
/// a probe firing at its rate limit on the hot endpoint's service method. The three run side by side (idle while
/// another is measured), each warmed up until its throughput settles, then measured in rounds that rotate the order,
/// so that drift on the machine spreads over all three. The service is pinned to one CPU and wrk to the other.
/// </summary>
internal static class ThroughputCommand
{
    private const string ServiceCpus = "1";
    private const string LoadCpus = "0";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    public static int Run(IReadOnlyList<string> arguments, ResultStore store)
    {
        var options = new CommandOptions(arguments, ServiceOptions.App, ServiceOptions.Instrument, "duration", "rounds", "threads", "connections");
        var work = Path.Combine(store.Directory, "service");
        var setup = ServiceOptions.Setup(options, work, ServiceCpus);
        var script = Path.Combine(work, "reservations.lua");
        File.WriteAllText(script, HotEndpoint.WrkScript);
        var wrk = new WrkSettings(
            options.Integer("threads", 2),
            options.Integer("connections", 50),
            TimeSpan.FromSeconds(options.Integer("duration", 20)),
            script,
            LoadCpus);
        var rounds = options.Integer("rounds", 5);

        var loadBefore = LoadAverage.Read();
        var services = new List<RunningService>();
        try
        {
            foreach (var variant in Enum.GetValues<ServiceVariant>())
            {
                services.Add(RunningService.Start(setup, variant));
                services[^1].WaitUntilHealthy(s_startTimeout);
            }

            var measured = services.ToDictionary(service => service, service => new VariantRuns(WarmUp.Until(service, wrk)));
            RequireSnapshots(services.Single(service => service.Variant == ServiceVariant.DistroWithProbe));
            for (var round = 0; round < rounds; round++)
            {
                for (var turn = 0; turn < services.Count; turn++)
                {
                    var service = services[(round + turn) % services.Count];
                    var snapshotsBefore = service.Snapshots;
                    var run = WrkRun.Against(service.Address, wrk);
                    measured[service].Add(run, service.Snapshots - snapshotsBefore);
                    Console.WriteLine($"throughput round {round + 1}/{rounds}, {service.Variant}: {run.RequestsPerSecond:F0} requests/s");
                }
            }

            var result = new ThroughputResult(
                new ThroughputSettings(wrk.Threads, wrk.Connections, wrk.Duration.TotalSeconds, rounds, ServiceCpus, LoadCpus),
                [.. services.Select(service => measured[service].ToResult(service.Variant, service.ResidentSetBytes()))],
                loadBefore,
                LoadAverage.Read());
            store.Write(ResultNames.Throughput, result);
            return 0;
        }
        finally
        {
            services.ForEach(service => service.Dispose());
        }
    }

    /// <summary>The probe is armed from the file in the background: by the end of the warm-up it must have fired.</summary>
    private static void RequireSnapshots(RunningService probed)
    {
        if (probed.Snapshots == 0)
        {
            throw new InvalidOperationException($"the probe on {RunningService.ProbedMethod} took no snapshot during the warm-up");
        }
    }
}
