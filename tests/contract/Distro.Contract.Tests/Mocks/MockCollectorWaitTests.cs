using Distro.Contract.Mocks.Collector;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockCollectorWaitTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task WaitForLogRecords_StartedBeforeArrival_CompletesWhenEnoughArrive()
    {
        await using var collector = await MockCollector.StartAsync();
        using var client = new HttpClient();

        var wait = collector.WaitForLogRecordsAsync(r => r.EventName.StartsWith("wanted", StringComparison.Ordinal), 2, s_deadline);
        using (await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "wanted-1", "other")))
        {
            Assert.False(wait.IsCompleted);
        }

        using (await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "wanted-2")))
        {
            var records = await wait;
            Assert.Equal(["wanted-1", "wanted-2"], records.Select(r => r.EventName));
        }
    }

    [Fact]
    public async Task WaitForLogRecords_NothingMatchesBeforeDeadline_ThrowsTimeoutListingWhatArrived()
    {
        await using var collector = await MockCollector.StartAsync();
        using var client = new HttpClient();
        using (await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "unrelated.event")))
        {
            var error = await Assert.ThrowsAsync<TimeoutException>(() =>
                collector.WaitForLogRecordsAsync(r => r.EventName == "never", 1, TimeSpan.FromMilliseconds(200)));

            Assert.Contains("Expected 1 matching log record(s)", error.Message, StringComparison.Ordinal);
            Assert.Contains("0 matched", error.Message, StringComparison.Ordinal);
            Assert.Contains("unrelated.event", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WaitForSpans_NothingArrives_ThrowsTimeoutSayingNoneReceived()
    {
        await using var collector = await MockCollector.StartAsync();

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            collector.WaitForSpansAsync(_ => true, 1, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("span(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 received", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForLogRecords_CallerCancels_ThrowsOperationCanceled()
    {
        await using var collector = await MockCollector.StartAsync();
        using var cancellation = new CancellationTokenSource();

        var wait = collector.WaitForLogRecordsAsync(_ => true, 1, s_deadline, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task Clear_AfterRecordsArrived_ForgetsRecordsAndRequests()
    {
        await using var collector = await MockCollector.StartAsync();
        using var client = new HttpClient();
        using (await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "old")))
        {
            collector.Clear();
        }

        Assert.Empty(collector.LogRecords);
        Assert.Empty(collector.Requests);
    }

    [Fact]
    public async Task Capacity_ExceededByArrivals_EvictsOldestAndCountsThem()
    {
        await using var collector = await MockCollector.StartAsync(new MockCollectorOptions { Capacity = 2 });
        using var client = new HttpClient();

        using var response = await OtlpHttpPosts.PostAsync(
            client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "one", "two", "three"));

        Assert.Equal(["two", "three"], collector.LogRecords.Select(r => r.EventName));
        Assert.Equal(1, collector.DroppedLogRecords);
    }
}
