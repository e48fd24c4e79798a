using System.Net;
using Distro.Contract.Mocks.ConfigApi;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockConfigApiStatusTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Report_Batches_RecordsEveryStatusAndEachBatchSize()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var first = await client.ReportAsync(SampleStatusReports.Report(
            SampleStatusReports.Status("h-1", "READY"), SampleStatusReports.Status("h-2", "ERROR", "METHOD_NOT_FOUND")));
        var second = await client.ReportAsync(SampleStatusReports.Report(SampleStatusReports.Status("h-1", "ACTIVE")));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal([2, 1], api.StatusReports.Select(r => r.Statuses.Count));
        Assert.Equal(["h-1:READY", "h-2:ERROR", "h-1:ACTIVE"], api.Statuses.Select(s => $"{s.LocationHash}:{s.Status}"));
        var error = api.Statuses[1];
        Assert.Equal("orders-api", error.Service);
        Assert.Equal("prod", error.Environment);
        Assert.Equal("BREAKPOINT", error.InstrumentationType);
        Assert.Equal("SNAPSHOT", error.SignalType);
        Assert.Equal("2026-11-20T10:00:01Z", error.Time);
        Assert.Equal("METHOD_NOT_FOUND", error.ErrorCause);
    }

    [Fact]
    public async Task WaitForStatus_ReportedAfterWaitBegan_CompletesWithThatStatus()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var wait = api.WaitForStatusAsync("h-1", "ACTIVE", s_deadline);
        await client.ReportAsync(SampleStatusReports.Report(SampleStatusReports.Status("h-1", "READY")));
        Assert.False(wait.IsCompleted);
        await client.ReportAsync(SampleStatusReports.Report(SampleStatusReports.Status("h-1", "ACTIVE")));

        var status = await wait;
        Assert.Equal("ACTIVE", status.Status);
    }

    [Fact]
    public async Task WaitForStatus_NeverReported_ThrowsTimeoutListingTheStatusesReceived()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);
        await client.ReportAsync(SampleStatusReports.Report(SampleStatusReports.Status("h-1", "ERROR", "LINE_NOT_EXECUTABLE")));

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            api.WaitForStatusAsync("h-1", "READY", TimeSpan.FromMilliseconds(200)));

        Assert.Contains("status ERROR for h-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("LINE_NOT_EXECUTABLE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithoutConfigurationsArray_Answers400AndIsRecordedAsRejected()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.PostAsync("/report-instrumentation-configuration-status", "{\"Service\":\"orders-api\"}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(Assert.Single(api.StatusReports).Accepted);
        Assert.Empty(api.Statuses);
    }

    [Fact]
    public async Task Clear_AfterReports_ForgetsThemButKeepsConfigurations()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SetConfigurations("orders-api", "prod", InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        await client.ReportAsync(SampleStatusReports.Report(SampleStatusReports.Status("p-1", "READY")));

        api.Clear();
        var listing = await client.ListAsync(ConfigApiTestClient.ListRequest("orders-api", "prod", "PROBE"));

        Assert.Empty(api.StatusReports);
        Assert.Empty(api.Statuses);
        Assert.Equal(["p-1"], listing.LocationHashes);
    }
}
