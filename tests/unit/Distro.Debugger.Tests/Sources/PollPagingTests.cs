using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Sources;

public class PollPagingTests
{
    [Fact]
    public async Task Poll_PagedSet_FetchesEveryPageThenAppliesThemTogether()
    {
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, request => request.Field("NextToken") switch
        {
            null when request.Field("SyncedAt") is null => StubResponse.Json(Responses.FirstPages("p2", "h-1")),
            "\"p2\"" => StubResponse.Json(Responses.FirstPages("p3", "h-2")),
            "\"p3\"" => StubResponse.Json(Responses.Changed("\"c-9\"", "h-3")),
            _ => StubResponse.Json(Responses.Unchanged("\"c-9\"")),
        });
        await harness.Delays.WaitForAsync(1);

        var update = Assert.Single(harness.Consumer.Updates);
        Assert.Equal(["h-1", "h-2", "h-3"], update.Configurations.Select(c => c.LocationHash));
        var pages = harness.Api.ListRequests("PROBE");
        Assert.Equal([null, "\"p2\"", "\"p3\""], pages.Select(page => page.Field("NextToken")));

        await harness.NextPollAsync();

        var next = harness.Api.ListRequests("PROBE")[3];
        Assert.Equal("\"c-9\"", next.Field("SyncedAt"));
        Assert.Null(next.Field("NextToken"));
    }

    [Fact]
    public async Task Poll_LaterPageFails_AppliesNothingAndKeepsTheOldCursor()
    {
        var polls = 0;
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, request =>
        {
            if (request.Field("NextToken") is not null)
            {
                return StubResponse.ServerError;
            }

            return Interlocked.Increment(ref polls) == 1
                ? StubResponse.Json(Responses.Changed("\"c-1\"", "h-1"))
                : StubResponse.Json(Responses.FirstPages("p2", "h-1", "h-2"));
        });
        await harness.Delays.WaitForAsync(1);

        var backoff = await harness.NextPollAsync();
        await harness.NextPollAsync();

        Assert.Single(harness.Consumer.Updates);
        Assert.InRange(backoff, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1.1));
        var retry = harness.Api.ListRequests("PROBE")[3];
        Assert.Equal("\"c-1\"", retry.Field("SyncedAt"));
        Assert.Null(retry.Field("NextToken"));
    }
}
