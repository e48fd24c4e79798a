using Distro.Contract.Mocks.Proto.Collector.Metrics.V1;
using Distro.Contract.Mocks.Proto.Metrics.V1;

namespace Distro.Contract.Mocks.Collector;

/// <summary>Flattens an OTLP metrics export request into received metrics.</summary>
internal static class MetricDecoder
{
    public static IReadOnlyList<ReceivedMetric> Decode(
        ExportMetricsServiceRequest request, OtlpTransport transport, DateTimeOffset receivedAt)
    {
        var metrics = new List<ReceivedMetric>();
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = OtlpValues.ToDictionary(resourceMetrics.Resource?.Attributes ?? []);
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
            {
                foreach (var metric in scopeMetrics.Metrics)
                {
                    metrics.Add(new ReceivedMetric
                    {
                        Transport = transport,
                        ResourceAttributes = resource,
                        ScopeName = scopeMetrics.Scope?.Name ?? string.Empty,
                        ScopeVersion = scopeMetrics.Scope?.Version ?? string.Empty,
                        Name = metric.Name,
                        Description = metric.Description,
                        Unit = metric.Unit,
                        Type = TypeOf(metric),
                        DataPoints = DataPointsOf(metric),
                        ReceivedAt = receivedAt,
                    });
                }
            }
        }

        return metrics;
    }

    private static ReceivedMetricType TypeOf(Metric metric) => metric.DataCase switch
    {
        Metric.DataOneofCase.Gauge => ReceivedMetricType.Gauge,
        Metric.DataOneofCase.Sum => ReceivedMetricType.Sum,
        Metric.DataOneofCase.Histogram => ReceivedMetricType.Histogram,
        _ => ReceivedMetricType.Other,
    };

    private static IReadOnlyList<ReceivedDataPoint> DataPointsOf(Metric metric) => metric.DataCase switch
    {
        Metric.DataOneofCase.Gauge => [.. metric.Gauge.DataPoints.Select(FromNumber)],
        Metric.DataOneofCase.Sum => [.. metric.Sum.DataPoints.Select(FromNumber)],
        Metric.DataOneofCase.Histogram => [.. metric.Histogram.DataPoints.Select(FromHistogram)],
        _ => [],
    };

    private static ReceivedDataPoint FromNumber(NumberDataPoint point) => new(
        OtlpValues.ToDictionary(point.Attributes),
        point.TimeUnixNano,
        point.ValueCase switch
        {
            NumberDataPoint.ValueOneofCase.AsInt => point.AsInt,
            NumberDataPoint.ValueOneofCase.AsDouble => point.AsDouble,
            _ => null,
        },
        Count: null,
        Sum: null);

    private static ReceivedDataPoint FromHistogram(HistogramDataPoint point) => new(
        OtlpValues.ToDictionary(point.Attributes),
        point.TimeUnixNano,
        Value: null,
        point.Count,
        point.HasSum ? point.Sum : null);
}
