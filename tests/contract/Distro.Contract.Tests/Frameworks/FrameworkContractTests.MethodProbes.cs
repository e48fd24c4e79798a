using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>Method probes: arguments, return values, awaited results, the statuses on the way and the snapshot's resource.</summary>
public abstract partial class FrameworkContractTests
{
    /// <summary>The shortest suspension of the async targets (a Task.Delay of 5 ms), less the timer's imprecision.</summary>
    protected const double AsyncTargetMinimumMilliseconds = 4;

    [Fact]
    public Task Probe_OnSynchronousMethod_CapturesArgumentsAndReturnValue() => VerifyAsync(async () =>
    {
        var target = Targets.Priced;
        var hash = Probes.NewLocationHash("probe");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, hash, target.Location));

        var outcome = await Probes.DriveUntilSnapshotAsync(target.Call, hash);

        Assert.Equal(target.Response, outcome.Response);
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "PROBE", "method", target.Location);
        SnapshotBody.AssertHolds(SnapshotBody.Parse(snapshot.Body), target.Captures);
    });

    [Fact]
    public Task Probe_AppliedThenHit_ReportsReadyThenActive() => VerifyAsync(async () =>
    {
        var target = Targets.Priced;
        var hash = Probes.NewLocationHash("statuses");

        var ready = await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, hash, target.Location));
        Assert.DoesNotContain(Probes.StatusesOf(hash), status => status.Status != ProbeSession.Ready);
        var hit = await Probes.DriveUntilSnapshotAsync(target.Call, hash);
        var active = await Probes.WaitForStatusAsync(hash, ProbeSession.Active);

        AssertSnapshotAttributes(hit.Of(hash), hash, "PROBE", "method", target.Location);
        Assert.Equal(("PROBE", "SNAPSHOT"), (ready.InstrumentationType, ready.SignalType));
        Assert.Equal((App.ServiceName, FrameworkApp.EnvironmentName), (ready.Service, ready.Environment));
        Assert.True(active.ReceivedAt >= ready.ReceivedAt, $"ACTIVE ({active}) came before READY ({ready})");
        Assert.Single(Probes.StatusesOf(hash), status => status.Status == ProbeSession.Ready);
    });

    [Fact]
    public Task Probe_OnAsyncHandler_CapturesTheAwaitedResultAndTheWholeDuration() => VerifyAsync(async () =>
    {
        var target = Targets.AsyncHandler;
        var hash = Probes.NewLocationHash("async");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, hash, target.Location));

        var outcome = await Probes.DriveUntilSnapshotAsync(target.Call, hash);

        Assert.Equal(target.Response, outcome.Response);
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "PROBE", "method", target.Location);
        var body = SnapshotBody.Parse(snapshot.Body);
        Assert.DoesNotContain("System.Threading.Tasks", SnapshotBody.Text(body, "captures.return.return_value.type"), StringComparison.Ordinal);
        SnapshotBody.AssertHolds(body, target.Captures);
        Assert.True(
            (double)snapshot.Attributes["aws.di.duration_ms"]! >= AsyncTargetMinimumMilliseconds,
            $"The duration {snapshot.Attributes["aws.di.duration_ms"]} ms stops before the awaited delay");
    });

    [Fact]
    public Task Snapshot_OfAnyProbe_CarriesTheServiceAndEnvironmentResourceAttributes() => VerifyAsync(async () =>
    {
        var target = Targets.Priced;
        var hash = Probes.NewLocationHash("resource");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, hash, target.Location));

        var snapshot = (await Probes.DriveUntilSnapshotAsync(target.Call, hash)).Of(hash);

        AssertSnapshotAttributes(snapshot, hash, "PROBE", "method", target.Location);
        Assert.Equal(App.ServiceName, snapshot.ResourceAttributes["service.name"]);
        Assert.Equal(FrameworkApp.EnvironmentName, snapshot.ResourceAttributes["deployment.environment.name"]);
        Assert.Equal(FrameworkApp.EnvironmentName, snapshot.ResourceAttributes["deployment.environment"]);
        Assert.Equal(9, snapshot.SeverityNumber);
    });
}
