using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;
using Google.Protobuf;
using Grpc.App.Protos;
using static Distro.Contract.Tests.Frameworks.Harness.ExpectedCapture;

namespace Distro.Contract.Tests.Frameworks.GrpcService;

/// <summary>Server streaming: a probed streaming method still sends every message, and its snapshot covers the whole stream.</summary>
public sealed partial class GrpcContractTests
{
    private static readonly string s_tracked = string.Join('\n', new[] { "label-created", "picked-up", "in-transit", "out-for-delivery", "delivered", "delivered" }
        .Select((status, index) => JsonFormatter.ToDiagnosticString(new TrackingEvent { ShipmentId = "s-1", Sequence = index + 1, Status = status })));

    [Fact]
    public Task Probe_OnServerStreamingMethod_CapturesTheRequestAndTheWholeStreamWhileTheClientGetsEveryMessage() => VerifyAsync(async () =>
    {
        var location = s_service with { MethodName = "Track" };
        var hash = Probes.NewLocationHash("track");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, hash, location));

        var outcome = await Probes.DriveUntilSnapshotAsync(app.TrackAsync, hash);

        Assert.Equal(s_tracked, outcome.Response);
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "PROBE", "method", location);
        var body = SnapshotBody.Parse(snapshot.Body);
        SnapshotBody.AssertHolds(body, [
            Value("captures.entry.arguments.request.type", $"{Protos}.TrackRequest"),
            Value("captures.entry.arguments.request.fields.shipmentId_.value", "s-1"),
            Value("captures.entry.arguments.request.fields.count_.value", Invariant(GrpcApp.TrackedEventCount)),
        ]);
        Assert.False(SnapshotBody.TryFind(body, "captures.return.throwable", out _), $"The stream ended in an exception: {body.GetRawText()}");
        Assert.True(
            (double)snapshot.Attributes["aws.di.duration_ms"]! >= GrpcApp.TrackedEventCount * AsyncTargetMinimumMilliseconds,
            $"The duration {snapshot.Attributes["aws.di.duration_ms"]} ms stops before the last of {GrpcApp.TrackedEventCount} delayed messages");
    });
}
