using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;
using static Distro.Contract.Tests.Frameworks.Harness.ExpectedCapture;

namespace Distro.Contract.Tests.Frameworks.GrpcService;

/// <summary>Deadlines: a probed method that waits on the call's cancellation token ends when the deadline passes, as it would unprobed.</summary>
public sealed partial class GrpcContractTests
{
    private const string CancellationType = "System.Threading.Tasks.TaskCanceledException";

    [Fact]
    public Task Breakpoint_OnMethodPastItsDeadline_CapturesTheCancellationWhileTheClientGetsDeadlineExceeded() => VerifyAsync(async () =>
    {
        var location = s_service with { MethodName = "AwaitPickup" };
        var hash = Probes.NewLocationHash("deadline");
        var unprobed = await app.AwaitPickupPastDeadlineAsync(TraceParent.New());
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Breakpoint, hash, location));

        var outcome = await Probes.DriveUntilSnapshotAsync(app.AwaitPickupPastDeadlineAsync, hash);

        Assert.StartsWith("DeadlineExceeded: ", unprobed, StringComparison.Ordinal);
        Assert.Equal(unprobed, outcome.Response);
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "BREAKPOINT", "method", location);
        SnapshotBody.AssertHolds(SnapshotBody.Parse(snapshot.Body), [
            Value("captures.entry.arguments.request.fields.shipmentId_.value", "s-1"),
            Value("captures.entry.arguments.request.fields.maxWaitMs_.value", "10000"),
            Value("captures.return.throwable.type", CancellationType),
            Value("captures.return.throwable.message", "A task was canceled."),
        ]);
        Assert.Equal(CancellationType, snapshot.Attributes["exception.type"]);
        // The method's task ends when the deadline cancels its wait, long after the method first returned it.
        Assert.True(
            (double)snapshot.Attributes["aws.di.duration_ms"]! >= GrpcApp.PickupDeadline.TotalMilliseconds / 2,
            $"The duration {snapshot.Attributes["aws.di.duration_ms"]} ms stops long before the deadline of {GrpcApp.PickupDeadline.TotalMilliseconds} ms");
    });
}
