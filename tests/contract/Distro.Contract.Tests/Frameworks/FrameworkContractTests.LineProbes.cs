using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>Line probes: the locals at a line, under their source names.</summary>
public abstract partial class FrameworkContractTests
{
    [Fact]
    public Task LineProbe_OnReturnLine_CapturesTheLocalsUnderTheirSourceNames() => VerifyAsync(async () =>
    {
        var target = Targets.PricedReturnLine;
        var hash = Probes.NewLocationHash("line");
        await Probes.PlaceAsync(ProbeConfigurations.Line(hash, target.Location));

        var outcome = await Probes.DriveUntilSnapshotAsync(target.Call, hash);

        Assert.Equal(target.Response, outcome.Response);
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "BREAKPOINT", "line", target.Location);
        Assert.Equal((long)target.Location.LineNumber, snapshot.Attributes["aws.di.line_number"]);
        SnapshotBody.AssertHolds(SnapshotBody.Parse(snapshot.Body), target.Captures);
    });
}
