using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Distro.Benchmarks.Service;

/// <summary>
/// One launch of the measured service on a loopback port of its own. Counts the snapshots it prints (the console
/// exporter writes a header line per snapshot), keeps the tail of its output for failure messages, and is killed when disposed.
/// </summary>
internal sealed class RunningService : IDisposable
{
    /// <summary>The method the probe file probes, as the header line of its snapshots names it.</summary>
    public const string ProbedMethod = "MinimalApi.App.Probes.StockService.Reserve";

    private const int TailLines = 40;

    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(2);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly long _startTimestamp;
    private long _snapshots;

    private RunningService(ServiceVariant variant, Uri address, ProcessStartInfo start)
    {
        Variant = variant;
        Address = address;
        _startTimestamp = Stopwatch.GetTimestamp();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        _process.OutputDataReceived += (_, line) => Observe(line.Data, isStandardOutput: true);
        _process.ErrorDataReceived += (_, line) => Observe(line.Data, isStandardOutput: false);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public ServiceVariant Variant { get; }

    public Uri Address { get; }

    /// <summary>Snapshots printed so far.</summary>
    public long Snapshots => Interlocked.Read(ref _snapshots);

    /// <summary>Starts the service in <paramref name="variant"/>; the clock of <see cref="WaitUntilHealthy"/> starts here.</summary>
    public static RunningService Start(ServiceSetup setup, ServiceVariant variant)
    {
        var address = new Uri($"http://127.0.0.1:{ServiceEnvironment.UnusedPort()}");
        List<string> command = variant == ServiceVariant.Plain
            ? ["dotnet", setup.AppPath, "--urls", address.ToString()]
            : [setup.InstrumentScript, "dotnet", setup.AppPath, "--urls", address.ToString()];
        if (setup.Cpus is { } cpus)
        {
            command.InsertRange(0, ["taskset", "-c", cpus]);
        }

        var start = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        ServiceEnvironment.Apply(start.Environment, variant, setup.ProbeFile);
        return new RunningService(variant, address, start);
    }

    /// <summary>Polls <c>/healthz</c> until it answers 200; returns the time from the launch to that answer.</summary>
    public TimeSpan WaitUntilHealthy(TimeSpan timeout)
    {
        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri(Address, "/healthz");
        while (true)
        {
            try
            {
                using var response = client.GetAsync(health).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(_startTimestamp);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (_process.HasExited || Stopwatch.GetElapsedTime(_startTimestamp) > timeout)
            {
                throw new InvalidOperationException($"{Variant} did not answer on {health} (exited: {_process.HasExited}); its last output:\n{string.Join('\n', _tail)}");
            }

            Thread.Sleep(s_pollInterval);
        }
    }

    /// <summary>The service's resident set size now (VmRSS).</summary>
    public long ResidentSetBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture) * 1024;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    private void Observe(string? line, bool isStandardOutput)
    {
        if (line is null)
        {
            return;
        }

        if (isStandardOutput && line.Contains(ProbedMethod, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _snapshots);
        }

        _tail.Enqueue(line);
        while (_tail.Count > TailLines)
        {
            _tail.TryDequeue(out _);
        }
    }
}
