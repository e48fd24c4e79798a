using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Distro.Benchmarks.Service;

/// <summary>One time-bounded wrk run against the hot endpoint, pinned to the load generator's CPUs.</summary>
internal sealed partial record WrkRun(double RequestsPerSecond, long Requests, long FailedResponses, long SocketErrors)
{
    public static WrkRun Against(Uri service, WrkSettings settings)
    {
        var start = new ProcessStartInfo("taskset")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "-c", settings.Cpus, "wrk",
            "-t", settings.Threads.ToString(CultureInfo.InvariantCulture),
            "-c", settings.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{settings.Duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)}s",
            "-s", settings.ScriptPath,
            new Uri(service, HotEndpoint.Path).ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wrk");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {errors.Result}{output}");
        }

        return Parse(output);
    }

    public static WrkRun Parse(string output)
    {
        var rate = RateLine().Match(output);
        var requests = RequestsLine().Match(output);
        if (!rate.Success || !requests.Success)
        {
            throw new InvalidOperationException($"unexpected wrk output:\n{output}");
        }

        var failed = FailedLine().Match(output);
        var sockets = SocketErrorsLine().Match(output);
        return new WrkRun(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            failed.Success ? long.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            sockets.Success ? sockets.Groups.Values.Skip(1).Sum(group => long.Parse(group.Value, CultureInfo.InvariantCulture)) : 0);
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RateLine();

    [GeneratedRegex(@"([0-9]+) requests in ")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex FailedLine();

    [GeneratedRegex(@"Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)")]
    private static partial Regex SocketErrorsLine();
}
