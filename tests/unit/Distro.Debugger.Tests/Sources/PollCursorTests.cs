using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Sources;

public class PollCursorTests
{
    [Fact]
    public async Task FirstPoll_NoCursorYet_SendsServiceEnvironmentAndTypeOnly()
    {
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.NotFound);

        await harness.Delays.WaitForAsync(1);

        var request = Assert.Single(harness.Api.ListRequests("PROBE"));
        Assert.Equal($"\"{TestSettings.Service}\"", request.Field("Service"));
        Assert.Equal($"\"{TestSettings.Environment}\"", request.Field("Environment"));
        Assert.Null(request.Field("SyncedAt"));
        Assert.Null(request.Field("NextToken"));
    }

    [Theory]
    [InlineData("\"c-2026-11-20T10:00:00.123456Z\"")]
    [InlineData("17328000000000000001")]
    [InlineData("1.50")]
    public async Task NextPoll_AfterAppliedSet_EchoesSyncedAtExactlyAsReceived(string cursor)
    {
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Json(Responses.Changed(cursor, "h-1")));
        await harness.Delays.WaitForAsync(1);

        await harness.NextPollAsync();

        Assert.Equal(cursor, harness.Api.ListRequests("PROBE")[1].Field("SyncedAt"));
    }

    [Fact]
    public async Task NextPoll_AfterUnchangedWithNewCursor_EchoesTheNewCursor()
    {
        await using var harness = new PollLoopHarness(
            InstrumentationType.Probe,
            request => request.Field("SyncedAt") is null ? StubResponse.Json(Responses.Changed("\"c-1\"", "h-1")) : StubResponse.Json(Responses.Unchanged("\"c-2\"")));
        await harness.Delays.WaitForAsync(1);

        await harness.NextPollAsync();
        await harness.NextPollAsync();

        var requests = harness.Api.ListRequests("PROBE");
        Assert.Equal("\"c-1\"", requests[1].Field("SyncedAt"));
        Assert.Equal("\"c-2\"", requests[2].Field("SyncedAt"));
    }

    [Fact]
    public async Task NextPoll_AfterConsumerFailed_SendsTheOldCursorToGetTheSetAgain()
    {
        var consumer = new RecordingConsumer();
        consumer.FailNext(1);
        await using var harness = new PollLoopHarness(
            InstrumentationType.Probe,
            request => request.Field("SyncedAt") is null ? StubResponse.Json(Responses.Changed("\"c-1\"", "h-1")) : StubResponse.Json(Responses.Unchanged("\"c-1\"")),
            consumer: consumer);
        await harness.Delays.WaitForAsync(1);

        await harness.NextPollAsync();
        await harness.NextPollAsync();

        var requests = harness.Api.ListRequests("PROBE");
        Assert.Null(requests[1].Field("SyncedAt"));
        Assert.Equal("\"c-1\"", requests[2].Field("SyncedAt"));
        Assert.Single(harness.Consumer.Updates);
    }
}
