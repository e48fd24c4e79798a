namespace Distro.Benchmarks.Service;

/// <summary>
/// Loads a freshly started service until its throughput settles: on one CPU, tiered compilation takes tens of seconds
/// of load to finish, and the garbage collector keeps adapting its budgets for a while after. Runs of ten seconds, at
/// least nine, until the last three agree within 5 % (the fastest over the slowest), at most thirty.
/// </summary>
internal static class WarmUp
{
    private const int MinimumRuns = 9;
    private const int MaximumRuns = 30;
    private const int SettledRuns = 3;
    private const double Agreement = 0.05;

    private static readonly TimeSpan s_run = TimeSpan.FromSeconds(10);

    public static TimeSpan Until(RunningService service, WrkSettings measured)
    {
        var settings = measured with { Duration = s_run };
        var rates = new List<double>();
        while (rates.Count < MaximumRuns)
        {
            var rate = WrkRun.Against(service.Address, settings).RequestsPerSecond;
            rates.Add(rate);
            Console.WriteLine($"warm-up {service.Variant}: {rate:F0} requests/s");
            if (rates.Count >= MinimumRuns && Settled(rates[^SettledRuns..]))
            {
                break;
            }
        }

        return s_run * rates.Count;
    }

    private static bool Settled(List<double> last) => last.Min() > 0 && (last.Max() / last.Min()) - 1 <= Agreement;
}
