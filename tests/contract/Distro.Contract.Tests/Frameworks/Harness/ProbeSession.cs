using System.Diagnostics;
using System.Text.Json.Nodes;
using Distro.Contract.Mocks.Collector;
using Distro.Contract.Mocks.ConfigApi;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// The configurations one test places in its framework's app, and the ways it waits for what they do: statuses from
/// the config API mock, and snapshots of the requests it sends, told apart by each request's own trace id. Every
/// wait has a deadline; none sleeps. Disposing removes the test's configurations.
/// </summary>
public sealed class ProbeSession(FrameworkApp app) : IDisposable
{
    public const string Ready = "READY";
    public const string Active = "ACTIVE";
    public const string Disabled = "DISABLED";
    public const string Error = "ERROR";

    private const string LocationHashAttribute = "aws.di.location_hash";

    /// <summary>Resolution, symbol loading and ReJIT of a first probe take a few seconds on a busy 2-core machine.</summary>
    private static readonly TimeSpan s_statusDeadline = TimeSpan.FromSeconds(60);

    /// <summary>How long a test drives requests before it gives up on what it waits for.</summary>
    private static readonly TimeSpan s_driveDeadline = TimeSpan.FromSeconds(60);

    /// <summary>How long one request's snapshots may take to be exported (100 ms batches) before another is sent.</summary>
    private static readonly TimeSpan s_retryAfter = TimeSpan.FromSeconds(3);

    /// <summary>How long a request that must take a snapshot may take to deliver it.</summary>
    private static readonly TimeSpan s_snapshotDeadline = TimeSpan.FromSeconds(30);

    private readonly List<(InstrumentationType Type, string Hash)> _placed = [];

    public IReadOnlyCollection<string> LocationHashes => [.. _placed.Select(placed => placed.Hash)];

    public static string? LocationHashOf(ReceivedLogRecord record) =>
        record.Attributes.GetValueOrDefault(LocationHashAttribute) as string;

    /// <summary>A LocationHash that no other test, run or app uses.</summary>
    public string NewLocationHash(string purpose) => $"{app.AppName}-{purpose}-{Guid.NewGuid():N}";

    /// <summary>Serves the configuration from the config API mock and waits until the app reports <paramref name="status"/> for it.</summary>
    public async Task<ReportedStatus> PlaceAsync(JsonObject configuration, string status = Ready)
    {
        var hash = (string)configuration["LocationHash"]!;
        var type = (string)configuration["InstrumentationType"]! == "PROBE" ? InstrumentationType.Probe : InstrumentationType.Breakpoint;
        _placed.Add((type, hash));
        app.ConfigApi.PutConfiguration(app.ServiceName, FrameworkApp.EnvironmentName, configuration);
        return await WaitForStatusAsync(hash, status);
    }

    public Task<ReportedStatus> WaitForStatusAsync(string locationHash, string status) =>
        app.ConfigApi.WaitForStatusAsync(locationHash, status, s_statusDeadline);

    public IReadOnlyList<ReportedStatus> StatusesOf(string locationHash) =>
        [.. app.ConfigApi.Statuses.Where(status => status.LocationHash == locationHash)];

    /// <summary>Stops serving the configuration: the app sees it gone at its next poll.</summary>
    public void Remove(string locationHash)
    {
        var placed = _placed.Single(entry => entry.Hash == locationHash);
        Assert.True(
            app.ConfigApi.RemoveConfiguration(app.ServiceName, FrameworkApp.EnvironmentName, placed.Type, locationHash),
            $"The config API mock did not serve {locationHash}.");
    }

    public IReadOnlyList<ReceivedLogRecord> SnapshotsOf(string locationHash) =>
        [.. app.Collector.LogRecords.Where(record => LocationHashOf(record) == locationHash)];

    /// <summary>
    /// Sends the request again and again until one of them takes a snapshot of <paramref name="lastHash"/> and
    /// <paramref name="until"/> holds for it: a probe is applied a little after its status is reported, its removal a
    /// poll after the config API stops serving it, and a probe's rate limit (a few snapshots a second) refuses a request
    /// that follows others closely. Snapshots are exported in the order they are taken, so every snapshot the request
    /// took before that of <paramref name="lastHash"/> has arrived too.
    /// </summary>
    public async Task<RequestOutcome> DriveUntilAsync(Func<TraceParent, Task<string>> call, string lastHash, Func<RequestOutcome, bool> until)
    {
        var elapsed = Stopwatch.StartNew();
        var attempts = new List<string>();
        while (elapsed.Elapsed < s_driveDeadline)
        {
            try
            {
                var outcome = await SendAsync(call, lastHash, s_retryAfter);
                if (until(outcome))
                {
                    return outcome;
                }

                attempts.Add(outcome.ToString());
            }
            catch (TimeoutException)
            {
                attempts.Add($"a request took no snapshot of {lastHash} within {s_retryAfter.TotalSeconds} s");
            }
        }

        throw new TimeoutException(
            $"No request met the condition within {s_driveDeadline.TotalSeconds} s; {attempts.Count} were sent:{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", attempts.TakeLast(10)));
    }

    /// <summary>Sends the request until one takes a snapshot of <paramref name="locationHash"/>; returns that request.</summary>
    public Task<RequestOutcome> DriveUntilSnapshotAsync(Func<TraceParent, Task<string>> call, string locationHash) =>
        DriveUntilAsync(call, locationHash, _ => true);

    /// <summary>
    /// Waits until the request of <paramref name="trace"/> has taken <paramref name="count"/> snapshots of
    /// <paramref name="locationHash"/> (a line probe in a loop takes one a pass); returns every one it took.
    /// </summary>
    public Task<IReadOnlyList<ReceivedLogRecord>> WaitForSnapshotsAsync(TraceParent trace, string locationHash, int count) =>
        app.Collector.WaitForLogRecordsAsync(record => record.TraceId == trace.TraceId && LocationHashOf(record) == locationHash, count, s_snapshotDeadline);

    /// <summary>Removes every configuration the test placed.</summary>
    public void Dispose()
    {
        foreach (var (type, hash) in _placed)
        {
            app.ConfigApi.RemoveConfiguration(app.ServiceName, FrameworkApp.EnvironmentName, type, hash);
        }
    }

    private async Task<RequestOutcome> SendAsync(Func<TraceParent, Task<string>> call, string lastHash, TimeSpan wait)
    {
        var trace = TraceParent.New();
        var response = await call(trace);
        await app.Collector.WaitForLogRecordsAsync(record => record.TraceId == trace.TraceId && LocationHashOf(record) == lastHash, 1, wait);
        return Outcome(trace, response);
    }

    private RequestOutcome Outcome(TraceParent trace, string response) =>
        new(trace, response, [.. app.Collector.LogRecords.Where(record => record.TraceId == trace.TraceId)]);
}
