using Distro.Contract.Mocks.Collector;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Exporter;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockCollectorLogTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf, OtlpTransport.Http)]
    [InlineData(OtlpExportProtocol.Grpc, OtlpTransport.Grpc)]
    public async Task LoggerWithOtlpExporter_LogsWithNamedEventId_RecordArrivesDecoded(
        OtlpExportProtocol protocol, OtlpTransport expectedTransport)
    {
        await using var collector = await MockCollector.StartAsync();
        using (var loggerFactory = OtlpTestPipelines.CreateLoggerFactory(
            collector, protocol, OtlpTestPipelines.Resource("orders-api", "staging")))
        {
            var logger = loggerFactory.CreateLogger("Shop.Orders");
            logger.LogWarning(new EventId(7, "order.created"), "Order {OrderId} created for {Amount}", 42, 9.5);
        }

        var record = Assert.Single(await collector.WaitForLogRecordsAsync(r => r.EventName == "order.created", 1, s_deadline));

        Assert.Equal(expectedTransport, record.Transport);
        Assert.Equal("orders-api", record.ResourceAttributes["service.name"]);
        Assert.Equal("staging", record.ResourceAttributes["deployment.environment.name"]);
        Assert.Equal("Shop.Orders", record.ScopeName);
        Assert.Equal(13, record.SeverityNumber);
        Assert.Equal("Order {OrderId} created for {Amount}", record.Body);
        Assert.Equal(42L, record.Attributes["OrderId"]);
        Assert.Equal(9.5, record.Attributes["Amount"]);
        Assert.NotNull(record.Timestamp);
        Assert.InRange(record.Timestamp.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    [InlineData(OtlpExportProtocol.Grpc)]
    public async Task LoggerWithOtlpExporter_LogsInsideActivity_RecordCarriesTraceAndSpanIdsAsHex(OtlpExportProtocol protocol)
    {
        await using var collector = await MockCollector.StartAsync();
        using var source = new System.Diagnostics.ActivitySource("mock-tests.correlation");
        using var listener = ActivityListeners.SampleAll(source.Name);
        string traceId;
        string spanId;
        using (var loggerFactory = OtlpTestPipelines.CreateLoggerFactory(
            collector, protocol, OtlpTestPipelines.Resource("orders-api", "staging")))
        using (var activity = source.StartActivity("handle"))
        {
            traceId = activity!.TraceId.ToHexString();
            spanId = activity.SpanId.ToHexString();
            loggerFactory.CreateLogger("Shop.Orders").LogInformation(new EventId(1, "correlated"), "inside");
        }

        var record = Assert.Single(await collector.WaitForLogRecordsAsync(r => r.EventName == "correlated", 1, s_deadline));

        Assert.Equal(traceId, record.TraceId);
        Assert.Equal(spanId, record.SpanId);
    }

    [Fact]
    public async Task LoggerWithOtlpExporter_HttpProtobuf_RequestHeadersAreRecorded()
    {
        await using var collector = await MockCollector.StartAsync();
        using (var loggerFactory = OtlpTestPipelines.CreateLoggerFactory(
            collector, OtlpExportProtocol.HttpProtobuf, OtlpTestPipelines.Resource("orders-api", "staging")))
        {
            loggerFactory.CreateLogger("Shop.Orders").LogInformation(new EventId(1, "with-headers"), "hello");
        }

        var request = Assert.Single(await collector.WaitForRequestsAsync(r => r.Signal == OtlpSignal.Logs, 1, s_deadline));

        Assert.Equal("/v1/logs", request.Path);
        Assert.StartsWith("application/x-protobuf", request.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("OTel-OTLP-Exporter-Dotnet", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.True(request.Accepted);
        Assert.Equal(1, request.ItemCount);
    }
}
