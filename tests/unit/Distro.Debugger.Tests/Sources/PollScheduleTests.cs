using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

public class PollScheduleTests
{
    [Fact]
    public async Task Poll_SyncIntervalFromApi_SetsTheNextDelayUntilTheApiStopsSendingIt()
    {
        var polls = 0;
        await using var harness = new PollLoopHarness(
            InstrumentationType.Probe,
            _ => Interlocked.Increment(ref polls) == 1
                ? StubResponse.Json("""{"Changed":false,"SyncedAt":"c-1","SyncInterval":5}""")
                : StubResponse.Json(Responses.Unchanged("\"c-1\"")));

        var asked = await harness.Delays.WaitForAsync(1);
        var configured = await harness.NextPollAsync();

        Assert.InRange(asked, TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(5.5));
        Assert.InRange(configured, harness.PollInterval * 0.9, harness.PollInterval * 1.1);
    }

    [Fact]
    public async Task Poll_ManyPolls_DelaysAreJitteredWithinTenPercent()
    {
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Json(Responses.Unchanged("\"c-1\"")));
        await harness.Delays.WaitForAsync(1);

        for (var poll = 0; poll < 30; poll++)
        {
            await harness.NextPollAsync();
        }

        var delays = harness.Delays.Requested;
        Assert.All(delays, delay => Assert.InRange(delay, harness.PollInterval * 0.9, harness.PollInterval * 1.1));
        Assert.True(delays.Distinct().Count() > 1, "the delays are not jittered");
    }

    [Fact]
    public void Next_SuccessiveFailures_DoublesFromTheInitialDelayUpToTheCap()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

        var delays = Enumerable.Range(0, 12).Select(_ => backoff.Next(cap: TimeSpan.FromMinutes(10))).ToList();

        double[] expected = [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300];
        Assert.All(delays.Zip(expected), pair => Assert.InRange(pair.First.TotalSeconds, pair.Second * 0.9, pair.Second * 1.1));
    }

    [Fact]
    public void Next_AfterReset_StartsFromTheInitialDelayAgain()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        backoff.Next(cap: TimeSpan.FromMinutes(5));
        backoff.Next(cap: TimeSpan.FromMinutes(5));

        backoff.Reset();

        Assert.InRange(backoff.Next(cap: TimeSpan.FromMinutes(5)).TotalSeconds, 0.9, 1.1);
    }

    [Fact]
    public void Next_ManyFailuresFromALongInitialDelay_StaysAtTheCapWithoutOverflowing()
    {
        var backoff = new Backoff(TimeSpan.FromDays(1), TimeSpan.FromDays(2));

        var delays = Enumerable.Range(0, 100).Select(_ => backoff.Next(cap: TimeSpan.FromDays(3))).ToList();

        Assert.InRange(delays[^1].TotalDays, 1.8, 2.2);
    }

    [Fact]
    public void Apply_ManyTimes_StaysWithinTenPercentAndSpreads()
    {
        var delays = Enumerable.Range(0, 1000).Select(_ => Jitter.Apply(TimeSpan.FromSeconds(100))).ToList();

        Assert.All(delays, delay => Assert.InRange(delay.TotalSeconds, 90, 110));
        Assert.True(delays.Min().TotalSeconds < 95 && delays.Max().TotalSeconds > 105, "the jitter does not spread over its range");
    }
}
