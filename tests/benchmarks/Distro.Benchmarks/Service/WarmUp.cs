namespace Distro.Benchmarks.Service;

/// <summary>
/// Loads a freshly started service until its throughput settles: on one CPU, tiered compilation takes tens of seconds
/// of load to finish. Runs of ten seconds, at least six, until two in a row agree within 10 %, at most twelve.
/// </summary>
internal static class WarmUp
{
    private const int MinimumRuns = 6;
    private const int MaximumRuns = 12;
    private const double Agreement = 0.10;

    private static readonly TimeSpan s_run = TimeSpan.FromSeconds(10);

    public static TimeSpan Until(RunningService service, WrkSettings measured)
    {
        var settings = measured with { Duration = s_run };
        var previous = double.NaN;
        for (var run = 1; run <= MaximumRuns; run++)
        {
            var rate = WrkRun.Against(service.Address, settings).RequestsPerSecond;
            Console.WriteLine($"warm-up {service.Variant}: {rate:F0} requests/s");
            if (run >= MinimumRuns && Math.Abs(rate - previous) <= Agreement * previous)
            {
                return s_run * run;
            }

            previous = rate;
        }

        return s_run * MaximumRuns;
    }
}
