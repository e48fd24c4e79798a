using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

public class PollOutcomeTests
{
    [Fact]
    public async Task Poll_ChangedSet_AppliesItAsTheFullSetOfItsType()
    {
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Json(Responses.Changed("\"c-1\"", "h-1", "h-2")));

        await harness.Delays.WaitForAsync(1);

        var update = Assert.Single(harness.Consumer.Updates);
        Assert.Equal(ConfigApiPoller.SourceName, update.Source);
        Assert.Equal(InstrumentationType.Probe, update.Type);
        Assert.Equal(["h-1", "h-2"], update.Configurations.Select(c => c.LocationHash));
    }

    [Fact]
    public async Task Poll_ChangedFalse_AppliesNothing()
    {
        await using var harness = new PollLoopHarness(
            InstrumentationType.Probe,
            request => request.Field("SyncedAt") is null ? StubResponse.Json(Responses.Changed("\"c-1\"", "h-1")) : StubResponse.Json(Responses.Unchanged("\"c-1\"")));
        await harness.Delays.WaitForAsync(1);

        await harness.NextPollAsync();
        await harness.NextPollAsync();

        Assert.Single(harness.Consumer.Updates);
        Assert.Equal(3, harness.Api.ListRequests("PROBE").Count);
    }

    [Fact]
    public async Task Poll_NotFound_AppliesAnEmptySetAndAsksAfreshNextTime()
    {
        var polls = 0;
        await using var harness = new PollLoopHarness(
            InstrumentationType.Probe,
            _ => Interlocked.Increment(ref polls) == 1 ? StubResponse.Json(Responses.Changed("\"c-1\"", "h-1")) : StubResponse.NotFound);
        await harness.Delays.WaitForAsync(1);

        await harness.NextPollAsync();
        await harness.NextPollAsync();

        var emptied = harness.Consumer.Updates[1];
        Assert.Equal(InstrumentationType.Probe, emptied.Type);
        Assert.Empty(emptied.Configurations);
        Assert.Null(harness.Api.ListRequests("PROBE")[2].Field("SyncedAt"));
    }

    [Fact]
    public async Task Poll_InvalidConfiguration_IsPassedAlongForAnErrorStatus()
    {
        const string invalid = """{"InstrumentationType":"PROBE","LocationHash":"h-bad"}""";
        var body = $$"""{"Changed":true,"SyncedAt":"c-1","LatestConfigurations":[{{Responses.Configurations("PROBE", "h-1")}},{{invalid}}]}""";
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Json(body));

        await harness.Delays.WaitForAsync(1);

        var update = Assert.Single(harness.Consumer.Updates);
        Assert.Equal("h-1", Assert.Single(update.Configurations).LocationHash);
        Assert.Equal("h-bad", Assert.Single(update.Invalid).LocationHash);
    }

    [Fact]
    public async Task Poll_ConfigurationOfTheOtherType_IsLeftOut()
    {
        var body = $$"""{"Changed":true,"SyncedAt":"c-1","LatestConfigurations":[{{Responses.Configurations("PROBE", "h-1")}},{{Responses.Configurations("BREAKPOINT", "h-2")}}]}""";
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Json(body));

        await harness.Delays.WaitForAsync(1);

        Assert.Equal("h-1", Assert.Single(Assert.Single(harness.Consumer.Updates).Configurations).LocationHash);
    }
}
