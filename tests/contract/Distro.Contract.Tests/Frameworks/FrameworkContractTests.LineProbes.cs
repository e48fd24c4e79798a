using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>Line probes: the arguments and locals at a line, under their source names.</summary>
public abstract partial class FrameworkContractTests
{
    [Fact]
    public Task LineProbe_OnReturnLine_CapturesTheLocalsUnderTheirSourceNames() => VerifyAsync(() => AssertLineProbeAsync(Targets.PricedReturnLine, "line"));

    [Fact]
    public Task LineProbe_InAHandler_CapturesItsArgumentsAndLocalsUnderTheirSourceNames() => VerifyAsync(() => AssertLineProbeAsync(Targets.HandlerLine, "handler-line"));

    private async Task AssertLineProbeAsync(ProbeCase target, string purpose)
    {
        var hash = Probes.NewLocationHash(purpose);
        await Probes.PlaceAsync(ProbeConfigurations.Line(hash, target.Location));

        var outcome = await Probes.DriveUntilSnapshotAsync(target.Call, hash);

        Assert.Equal(target.Response, outcome.Response);
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "BREAKPOINT", "line", target.Location);
        Assert.Equal((long)target.Location.LineNumber, snapshot.Attributes["aws.di.line_number"]);
        SnapshotBody.AssertHolds(SnapshotBody.Parse(snapshot.Body), target.Captures);
    }
}
