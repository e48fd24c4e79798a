using System.Diagnostics;
using Distro.Contract.Mocks.Collector;
using OpenTelemetry.Exporter;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockCollectorSpanTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf, OtlpTransport.Http)]
    [InlineData(OtlpExportProtocol.Grpc, OtlpTransport.Grpc)]
    public async Task TracerWithOtlpExporter_ParentAndChildSpans_ArriveWithIdsKindAndAttributes(
        OtlpExportProtocol protocol, OtlpTransport expectedTransport)
    {
        await using var collector = await MockCollector.StartAsync();
        var sourceName = $"mock-tests.spans.{protocol}";
        using var source = new ActivitySource(sourceName, "2.1.0");
        string traceId;
        string parentId;
        string childId;
        using (OtlpTestPipelines.CreateTracerProvider(
            collector, protocol, OtlpTestPipelines.Resource("orders-api", "staging"), sourceName))
        {
            using var parent = source.StartActivity("GET /orders", ActivityKind.Server)!;
            using (var child = source.StartActivity("load order", ActivityKind.Client)!)
            {
                child.SetTag("order.id", 42);
                child.SetStatus(ActivityStatusCode.Error, "not found");
                childId = child.SpanId.ToHexString();
            }

            traceId = parent.TraceId.ToHexString();
            parentId = parent.SpanId.ToHexString();
        }

        var spans = await collector.WaitForSpansAsync(s => s.TraceId == traceId, 2, s_deadline);

        var server = Assert.Single(spans, s => s.Name == "GET /orders");
        var client = Assert.Single(spans, s => s.Name == "load order");
        Assert.Equal(expectedTransport, client.Transport);
        Assert.Equal(parentId, server.SpanId);
        Assert.Equal(string.Empty, server.ParentSpanId);
        Assert.Equal(ActivityKind.Server, server.Kind);
        Assert.Equal(childId, client.SpanId);
        Assert.Equal(parentId, client.ParentSpanId);
        Assert.Equal(ActivityKind.Client, client.Kind);
        Assert.Equal(42L, client.Attributes["order.id"]);
        Assert.Equal(ActivityStatusCode.Error, client.StatusCode);
        Assert.Equal("not found", client.StatusMessage);
        Assert.Equal(sourceName, client.ScopeName);
        Assert.Equal("2.1.0", client.ScopeVersion);
        Assert.Equal("orders-api", client.ResourceAttributes["service.name"]);
        Assert.True(client.EndTimeUnixNano >= client.StartTimeUnixNano);
    }
}
