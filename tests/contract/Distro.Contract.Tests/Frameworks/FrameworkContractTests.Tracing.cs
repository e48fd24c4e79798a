using System.Diagnostics;
using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>Correlation: a snapshot belongs to the trace of the request it was taken in.</summary>
public abstract partial class FrameworkContractTests
{
    private static readonly TimeSpan s_spanDeadline = TimeSpan.FromSeconds(30);

    [Fact]
    public Task Snapshot_OfARequest_CarriesTheTraceAndSpanIdOfTheRequestsServerSpan() => VerifyAsync(async () =>
    {
        var target = Targets.Priced;
        var hash = Probes.NewLocationHash("trace");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, hash, target.Location));

        var outcome = await Probes.DriveUntilSnapshotAsync(target.Call, hash);

        // The request's own server span: the child of the span the test sent as the request's parent.
        var server = (await App.Collector.WaitForSpansAsync(
            span => span.Kind == ActivityKind.Server && span.ParentSpanId == outcome.Trace.ParentSpanId,
            1,
            s_spanDeadline)).Single();
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "PROBE", "method", target.Location);
        Assert.Equal(server.TraceId, snapshot.TraceId);
        Assert.Equal(server.SpanId, snapshot.SpanId);
        Assert.Equal(App.ServiceName, server.ResourceAttributes["service.name"]);
        Assert.Equal((App.Transport, App.Transport), (server.Transport, snapshot.Transport));
    });
}
