using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

public class PollFailureTests
{
    private const int Failing = 400;
    private const int Recovered = 401;

    [Fact]
    public async Task Poll_ServerErrorsThenSuccess_BacksOffExponentiallyAndLogsOncePerStateChange()
    {
        using var events = new DebuggerEventRecorder();
        var polls = 0;
        await using var harness = new PollLoopHarness(
            InstrumentationType.Probe,
            _ => Interlocked.Increment(ref polls) <= 3 ? StubResponse.ServerError : StubResponse.Json(Responses.Changed("\"c-1\"", "h-1")));

        var first = await harness.Delays.WaitForAsync(1);
        var second = await harness.NextPollAsync();
        var third = await harness.NextPollAsync();
        var afterRecovery = await harness.NextPollAsync();

        AssertAround(TimeSpan.FromSeconds(1), first);
        AssertAround(TimeSpan.FromSeconds(2), second);
        AssertAround(TimeSpan.FromSeconds(4), third);
        AssertAround(harness.PollInterval, afterRecovery);
        Assert.Single(harness.Consumer.Updates);
        var failing = Assert.Single(events.Of(Failing, harness.Api.Url.Authority));
        Assert.Equal(nameof(ApiFailureKind.ServerError), failing.Payload![2]);
        var recovered = Assert.Single(events.Of(Recovered, harness.Api.Url.Authority));
        Assert.Equal(3, recovered.Payload![2]);
    }

    [Fact]
    public async Task Poll_FailingLongerThanThePollInterval_BacksOffNoLongerThanThePollInterval()
    {
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.ServerError, pollInterval: TimeSpan.FromSeconds(3));
        await harness.Delays.WaitForAsync(1);

        await harness.NextPollAsync();
        await harness.NextPollAsync();
        await harness.NextPollAsync();

        var delays = harness.Delays.Requested;
        AssertAround(TimeSpan.FromSeconds(3), delays[2]);
        AssertAround(TimeSpan.FromSeconds(3), delays[3]);
    }

    [Fact]
    public async Task Poll_MalformedJson_AppliesNothingAndBacksOff()
    {
        using var events = new DebuggerEventRecorder();
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Json("""{"Changed":true,"SyncedAt":"""));

        var delay = await harness.Delays.WaitForAsync(1);

        AssertAround(TimeSpan.FromSeconds(1), delay);
        Assert.Empty(harness.Consumer.Updates);
        Assert.Equal(nameof(ApiFailureKind.InvalidResponse), Assert.Single(events.Of(Failing, harness.Api.Url.Authority)).Payload![2]);
    }

    [Fact]
    public async Task Poll_ConnectionClosedWithoutAnswer_BacksOff()
    {
        using var events = new DebuggerEventRecorder();
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Close);

        var delay = await harness.Delays.WaitForAsync(1);

        AssertAround(TimeSpan.FromSeconds(1), delay);
        Assert.Empty(harness.Consumer.Updates);
        Assert.Equal(nameof(ApiFailureKind.Unreachable), Assert.Single(events.Of(Failing, harness.Api.Url.Authority)).Payload![2]);
    }

    [Fact]
    public async Task Poll_ApiHangs_TimesOutAndBacksOff()
    {
        using var events = new DebuggerEventRecorder();
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => StubResponse.Hang, requestTimeout: TimeSpan.FromMilliseconds(300));

        var delay = await harness.Delays.WaitForAsync(1);
        var retry = await harness.NextPollAsync();

        AssertAround(TimeSpan.FromSeconds(1), delay);
        AssertAround(TimeSpan.FromSeconds(2), retry);
        Assert.Equal(2, harness.Api.ListRequests("PROBE").Count);
        Assert.Equal(nameof(ApiFailureKind.TimedOut), Assert.Single(events.Of(Failing, harness.Api.Url.Authority)).Payload![2]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Poll_FiftyMegabyteResponse_IsRefusedWithoutBeingReadWhole(bool announceLength)
    {
        const long fiftyMegabytes = 50L * 1024 * 1024;
        using var events = new DebuggerEventRecorder();
        await using var harness = new PollLoopHarness(InstrumentationType.Probe, _ => new StubResponse.Huge(fiftyMegabytes, announceLength));

        var delay = await harness.Delays.WaitForAsync(1);
        await Eventually.UntilAsync(() => harness.Api.HugeAnswersEnded == 1, "the stub stops writing");

        AssertAround(TimeSpan.FromSeconds(1), delay);
        Assert.Empty(harness.Consumer.Updates);
        Assert.InRange(harness.Api.BytesWritten, 0, fiftyMegabytes / 2);
        Assert.Equal(nameof(ApiFailureKind.InvalidResponse), Assert.Single(events.Of(Failing, harness.Api.Url.Authority)).Payload![2]);
    }

    private static void AssertAround(TimeSpan expected, TimeSpan actual) =>
        Assert.InRange(actual, expected * (1 - Jitter.Fraction), expected * (1 + Jitter.Fraction));
}
