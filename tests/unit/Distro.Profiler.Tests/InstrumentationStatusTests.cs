using Distro.Hooks.Control;

namespace Distro.Profiler.Tests;

public class InstrumentationStatusTests
{
    [Fact]
    public void ToString_ActiveWithoutANote_IsTheState() =>
        Assert.Equal("Applied", new InstrumentationStatus(InstrumentationState.Applied, InstrumentationFailure.None, 0, string.Empty).ToString());

    [Fact]
    public void ToString_ActiveWithANote_ShowsTheNote() =>
        Assert.Equal(
            "Requested: callers that inlined the method run it without probes",
            new InstrumentationStatus(InstrumentationState.Requested, InstrumentationFailure.None, 0, "callers that inlined the method run it without probes").ToString());

    [Fact]
    public void ToString_Failed_ShowsTheCauseAndTheResultCode() =>
        Assert.Equal(
            "Failed (RuntimeRejected, 0x8013153A): invalid program",
            new InstrumentationStatus(InstrumentationState.Failed, InstrumentationFailure.RuntimeRejected, unchecked((int)0x8013153A), "invalid program").ToString());
}
