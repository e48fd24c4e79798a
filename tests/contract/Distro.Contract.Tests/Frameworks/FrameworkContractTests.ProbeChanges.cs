using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>
/// Changes to the set of configurations: removing one, two on one method, one that names nothing. In every request
/// a probe on the caller fires after the probes under test, so its snapshot tells when theirs would have arrived.
/// </summary>
public abstract partial class FrameworkContractTests
{
    [Fact]
    public Task RemovedProbe_AfterTheNextPoll_TakesNoMoreSnapshotsAndTheMethodAnswersAsBefore() => VerifyAsync(async () =>
    {
        var target = Targets.Priced;
        var removed = Probes.NewLocationHash("removed");
        var caller = Probes.NewLocationHash("caller");
        Assert.Equal(target.Response, await target.Call(TraceParent.New()));
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, removed, target.Location));
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, caller, Targets.PricedCaller));
        var probed = await Probes.DriveUntilAsync(target.Call, caller, outcome => outcome.Has(removed));

        Probes.Remove(removed);
        var first = await Probes.DriveUntilAsync(target.Call, caller, outcome => !outcome.Has(removed));
        var next = await Probes.DriveUntilSnapshotAsync(target.Call, caller);

        AssertSnapshotAttributes(probed.Of(removed), removed, "PROBE", "method", target.Location);
        AssertCallerSnapshot(probed.Of(caller), caller);
        Assert.False(next.Has(removed), $"A snapshot after the removal took effect: {next}");
        Assert.All(new[] { probed, first, next }, outcome => Assert.Equal(target.Response, outcome.Response));
    });

    [Fact]
    public Task ProbeAndBreakpoint_OnOneMethod_BothFireAndRemovingTheBreakpointLeavesTheProbeFiring() =>
        VerifyAsync(() => AssertRemovingOneOfTwoLeavesTheOtherFiringAsync(InstrumentationType.Breakpoint));

    [Fact]
    public Task ProbeAndBreakpoint_OnOneMethod_BothFireAndRemovingTheProbeLeavesTheBreakpointFiring() =>
        VerifyAsync(() => AssertRemovingOneOfTwoLeavesTheOtherFiringAsync(InstrumentationType.Probe));

    [Fact]
    public Task Configuration_ForAMissingMethod_ReportsMethodNotFoundAndOtherProbesKeepWorking() => VerifyAsync(async () =>
    {
        var target = Targets.Priced;
        var missing = Probes.NewLocationHash("missing");
        var working = Probes.NewLocationHash("working");

        var error = await Probes.PlaceAsync(
            ProbeConfigurations.Method(InstrumentationType.Probe, missing, target.Location with { MethodName = "NoSuchMethod" }),
            ProbeSession.Error);
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, working, target.Location));
        var outcome = await Probes.DriveUntilSnapshotAsync(target.Call, working);

        AssertSnapshotAttributes(outcome.Of(working), working, "PROBE", "method", target.Location);
        Assert.Equal("METHOD_NOT_FOUND", error.ErrorCause);
        Assert.Equal(target.Response, outcome.Response);
        Assert.False(outcome.Has(missing), $"The missing method's configuration took a snapshot: {outcome}");
        Assert.All(Probes.StatusesOf(missing), status => Assert.Equal(ProbeSession.Error, status.Status));
    });

    /// <summary>A PROBE and a BREAKPOINT on one method both fire; once the one of <paramref name="removedType"/> is gone, the other alone does.</summary>
    private async Task AssertRemovingOneOfTwoLeavesTheOtherFiringAsync(InstrumentationType removedType)
    {
        var target = Targets.Priced;
        var probe = Probes.NewLocationHash("probe");
        var breakpoint = Probes.NewLocationHash("breakpoint");
        var caller = Probes.NewLocationHash("caller");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, probe, target.Location));
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Breakpoint, breakpoint, target.Location));
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, caller, Targets.PricedCaller));
        var (removed, kept) = removedType == InstrumentationType.Probe ? (probe, breakpoint) : (breakpoint, probe);

        var both = await Probes.DriveUntilAsync(target.Call, caller, outcome => outcome.Has(probe) && outcome.Has(breakpoint));
        Probes.Remove(removed);
        var first = await Probes.DriveUntilAsync(target.Call, caller, outcome => !outcome.Has(removed));
        var next = await Probes.DriveUntilSnapshotAsync(target.Call, caller);

        AssertSnapshotAttributes(both.Of(probe), probe, "PROBE", "method", target.Location);
        AssertSnapshotAttributes(both.Of(breakpoint), breakpoint, "BREAKPOINT", "method", target.Location);
        AssertCallerSnapshot(both.Of(caller), caller);
        Assert.True(first.Has(kept), $"{kept} stopped with {removed}: {first}");
        Assert.True(next.Has(kept) && !next.Has(removed), $"Only {kept} should fire: {next}");
        Assert.All(new[] { both, first, next }, outcome => Assert.Equal(target.Response, outcome.Response));
    }
}
