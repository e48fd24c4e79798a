using Distro.Contract.Mocks.Collector;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks.GrpcService;

/// <summary>Export over OTLP gRPC: the app's metrics reach the collector's gRPC receiver, and nothing goes elsewhere.</summary>
public sealed partial class GrpcContractTests
{
    private const string RequestDurationMetric = "http.server.request.duration";

    private static readonly TimeSpan s_metricDeadline = TimeSpan.FromSeconds(30);

    [Fact]
    public Task Metrics_OfTheAppsRequests_ArriveOverGrpcAsEverythingElseTheAppExports() => VerifyAsync(async () =>
    {
        Assert.Equal(s_quoted, await app.QuoteAsync(TraceParent.New()));

        var metric = (await App.Collector.WaitForMetricsAsync(metric => metric.Name == RequestDurationMetric, 1, s_metricDeadline))[0];

        Assert.Equal(OtlpTransport.Grpc, metric.Transport);
        Assert.Equal(App.ServiceName, metric.ResourceAttributes["service.name"]);
        Assert.DoesNotContain(App.Collector.Requests, request => request.Transport != OtlpTransport.Grpc);
    });
}
