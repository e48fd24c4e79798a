using System.Diagnostics.Metrics;
using Distro.Contract.Mocks.Collector;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockCollectorMetricTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    [InlineData(OtlpExportProtocol.Grpc)]
    public async Task MeterWithOtlpExporter_CounterAndHistogram_ArriveByNameWithResource(OtlpExportProtocol protocol)
    {
        await using var collector = await MockCollector.StartAsync();
        var meterName = $"mock-tests.metrics.{protocol}";
        using var meter = new Meter(meterName);
        using (var provider = OtlpTestPipelines.CreateMeterProvider(
            collector, protocol, OtlpTestPipelines.Resource("orders-api", "staging"), meterName))
        {
            meter.CreateCounter<long>("orders.created").Add(3, new KeyValuePair<string, object?>("region", "eu"));
            meter.CreateHistogram<double>("orders.duration", unit: "ms").Record(12.5);
            Assert.True(provider.ForceFlush());
        }

        var metrics = await collector.WaitForMetricsAsync(m => m.ScopeName == meterName, 2, s_deadline);

        var counter = metrics.First(m => m.Name == "orders.created");
        Assert.Equal(ReceivedMetricType.Sum, counter.Type);
        var point = Assert.Single(counter.DataPoints);
        Assert.Equal(3L, point.Value);
        Assert.Equal("eu", point.Attributes["region"]);
        Assert.Equal("orders-api", counter.ResourceAttributes["service.name"]);
        var histogram = metrics.First(m => m.Name == "orders.duration");
        Assert.Equal(ReceivedMetricType.Histogram, histogram.Type);
        Assert.Equal("ms", histogram.Unit);
        Assert.Equal(1UL, histogram.DataPoints[0].Count);
        Assert.Equal(12.5, histogram.DataPoints[0].Sum);
    }
}
