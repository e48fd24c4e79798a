using System.Diagnostics;
using Distro.Debugger.Configuration;
using Distro.Debugger.Tests.Sources;

namespace Distro.Debugger.Tests.Status;

public class StatusReporterTests
{
    private static readonly StubResponse s_accepted = StubResponse.Json("{}");

    [Fact]
    public async Task Report_250Statuses_SentInBatchesOf100AfterCoalescing()
    {
        await using var harness = new StatusReporterHarness(_ => s_accepted);
        harness.Reporter.Start();

        foreach (var i in Enumerable.Range(0, 250))
        {
            harness.Reporter.Report(Statuses.Of($"h-{i}"));
        }

        var coalescing = await harness.Delays.WaitForAsync(1);
        harness.Delays.ReleaseAll();
        await Eventually.UntilAsync(() => harness.Api.StatusReports.Count == 3, "three batches are sent");

        Assert.Equal(TimeSpan.FromMilliseconds(200), coalescing);
        var batches = harness.Api.StatusReports;
        Assert.Equal([100, 100, 50], batches.Select(batch => batch.ReportedHashes().Count));
        Assert.Equal(Enumerable.Range(0, 250).Select(i => $"h-{i}"), batches.SelectMany(batch => batch.ReportedHashes()));
        Assert.Equal($"\"{TestSettings.Service}\"", batches[0].Field("Service"));
        Assert.Equal(0, harness.Reporter.Pending);
    }

    [Fact]
    public async Task Report_SameConfigurationSeveralTimes_SendsItsLatestStatusOnly()
    {
        await using var harness = new StatusReporterHarness(_ => s_accepted);
        harness.Reporter.Start();

        harness.Reporter.Report(Statuses.Of("h-1", InstrumentationStatus.Ready));
        harness.Reporter.Report(Statuses.Of("h-2", InstrumentationStatus.Ready));
        harness.Reporter.Report(Statuses.Of("h-1", InstrumentationStatus.Active));
        await harness.Delays.WaitForAsync(1);
        harness.Delays.ReleaseAll();

        await Eventually.UntilAsync(() => harness.Api.StatusReports.Count == 1, "the batch is sent");
        var batch = Assert.Single(harness.Api.StatusReports);
        Assert.Equal(["h-2", "h-1"], batch.ReportedHashes());
        Assert.Equal("ACTIVE", batch.StatusOf("h-1"));
    }

    [Fact]
    public async Task Report_ApiFailsThenRecovers_RetriesTheBatchAfterABackoff()
    {
        var answers = 0;
        await using var harness = new StatusReporterHarness(_ => Interlocked.Increment(ref answers) == 1 ? StubResponse.ServerError : s_accepted);
        harness.Reporter.Start();
        harness.Reporter.Report(Statuses.Of("h-1"));
        await harness.Delays.WaitForAsync(1);
        harness.Delays.ReleaseAll();

        var backoff = await harness.Delays.WaitForAsync(2);
        harness.Delays.ReleaseAll();

        await Eventually.UntilAsync(() => harness.Api.StatusReports.Count == 2, "the batch is sent again");
        Assert.InRange(backoff.TotalSeconds, 0.9, 1.1);
        Assert.All(harness.Api.StatusReports, report => Assert.Equal(["h-1"], report.ReportedHashes()));
        await Eventually.UntilAsync(() => harness.Reporter.Pending == 0, "nothing is left waiting");
        Assert.Equal(0, harness.Reporter.Dropped);
    }

    [Fact]
    public async Task Report_ApiRefusesTheBatch_DropsItWithoutRetrying()
    {
        await using var harness = new StatusReporterHarness(_ => new StubResponse.Status(400));
        harness.Reporter.Start();
        harness.Reporter.Report(Statuses.Of("h-1"));
        harness.Reporter.Report(Statuses.Of("h-2"));
        await harness.Delays.WaitForAsync(1);

        harness.Delays.ReleaseAll();

        await Eventually.UntilAsync(() => harness.Reporter.Dropped == 2, "the refused statuses are dropped");
        Assert.Single(harness.Api.StatusReports);
        Assert.Equal(0, harness.Reporter.Pending);
    }

    [Fact]
    public async Task Report_MoreConfigurationsThanCapacityWhileTheApiIsAway_KeepsTheLatestAndCountsTheDrops()
    {
        using var events = new DebuggerEventRecorder();
        await using var harness = new StatusReporterHarness(_ => s_accepted, capacity: 10);

        foreach (var i in Enumerable.Range(0, 25))
        {
            harness.Reporter.Report(Statuses.Of($"h-{i}"));
        }

        Assert.Equal(10, harness.Reporter.Pending);
        Assert.Equal(15, harness.Reporter.Dropped);
        Assert.Single(events.Events, e => e.EventId == 450 && e.Payload![1] is string reason && reason.Contains("more than 10 ", StringComparison.Ordinal));
        harness.Reporter.Start();
        await harness.Delays.WaitForAsync(1);
        harness.Delays.ReleaseAll();
        await Eventually.UntilAsync(() => harness.Api.StatusReports.Count == 1, "the batch is sent");
        Assert.Equal(Enumerable.Range(15, 10).Select(i => $"h-{i}"), harness.Api.StatusReports[0].ReportedHashes());
    }

    [Fact]
    public async Task Report_ApiUnreachable_BacksOffAndLogsOnce()
    {
        using var events = new DebuggerEventRecorder();
        var unreachable = new Uri($"http://127.0.0.1:{ClosedPort()}");
        await using var harness = new StatusReporterHarness(_ => s_accepted, apiUrl: unreachable, flushTimeout: TimeSpan.FromMilliseconds(100));
        harness.Reporter.Start();
        harness.Reporter.Report(Statuses.Of("h-1"));
        await harness.Delays.WaitForAsync(1);

        for (var delay = 2; delay <= 4; delay++)
        {
            harness.Delays.ReleaseAll();
            await harness.Delays.WaitForAsync(delay);
        }

        var backoffs = harness.Delays.Requested.Skip(1).Select(delay => delay.TotalSeconds).ToList();
        Assert.InRange(backoffs[0], 0.9, 1.1);
        Assert.InRange(backoffs[1], 1.8, 2.2);
        Assert.InRange(backoffs[2], 3.6, 4.4);
        Assert.Equal(1, harness.Reporter.Pending);
        Assert.Single(events.Of(400, unreachable.Authority));
    }

    [Fact]
    public async Task DisposeAsync_StatusesWaiting_FlushesThem()
    {
        await using var harness = new StatusReporterHarness(_ => s_accepted);
        harness.Reporter.Start();
        harness.Reporter.Report(Statuses.Of("h-1"));
        await harness.Delays.WaitForAsync(1);

        await harness.Reporter.DisposeAsync();

        Assert.Equal(["h-1"], Assert.Single(harness.Api.StatusReports).ReportedHashes());
    }

    [Fact]
    public async Task DisposeAsync_ApiHangs_GivesUpAtTheFlushTimeout()
    {
        await using var harness = new StatusReporterHarness(_ => StubResponse.Hang, flushTimeout: TimeSpan.FromMilliseconds(300));
        harness.Reporter.Start();
        harness.Reporter.Report(Statuses.Of("h-1"));
        await harness.Delays.WaitForAsync(1);
        var elapsed = Stopwatch.StartNew();

        await harness.Reporter.DisposeAsync();

        Assert.InRange(elapsed.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        await Eventually.UntilAsync(() => harness.Api.StatusReports.Count == 1, "the flush reached the API");
    }

    [Fact]
    public async Task Report_FromInsideAnApplicationTrace_SendsNoTraceContext()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == nameof(StatusReporterTests),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource(nameof(StatusReporterTests));
        await using var harness = new StatusReporterHarness(_ => s_accepted);

        using (source.StartActivity("application request"))
        {
            harness.Reporter.Start();
            harness.Reporter.Report(Statuses.Of("h-1"));
        }

        await harness.Delays.WaitForAsync(1);
        harness.Delays.ReleaseAll();
        await Eventually.UntilAsync(() => harness.Api.StatusReports.Count == 1, "the batch is sent");
        Assert.DoesNotContain("traceparent", harness.Api.StatusReports[0].Headers.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Report_FromInsideAnApplicationTrace_RecordsNoSpan()
    {
        using var spans = new SpanRecorder(nameof(StatusReporterTests));
        using var source = new ActivitySource(nameof(StatusReporterTests));
        using var client = new HttpClient();
        await using var harness = new StatusReporterHarness(_ => s_accepted);

        using (source.StartActivity("application request"))
        {
            // The control: the same tracing records an ordinary call of the application's to the same server.
            using var control = await client.PostAsync(new Uri(harness.Api.Url, "/control"), new StringContent("{}"));
            harness.Reporter.Start();
            harness.Reporter.Report(Statuses.Of("h-1"));
        }

        await harness.Delays.WaitForAsync(1);
        harness.Delays.ReleaseAll();
        await Eventually.UntilAsync(() => harness.Api.StatusReports.Count == 1, "the batch is sent");

        // Stopping waits for the sending loop to end, and any span of its calls with it.
        await harness.Reporter.DisposeAsync();
        Assert.Single(spans.HttpCallsTo(harness.Api.Url));
    }

    [Fact]
    public async Task Report_AfterDispose_SendsNothing()
    {
        await using var harness = new StatusReporterHarness(_ => s_accepted);
        await harness.Reporter.DisposeAsync();

        harness.Reporter.Report(Statuses.Of("h-1"));

        Assert.Empty(harness.Api.StatusReports);
    }

    private static int ClosedPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
