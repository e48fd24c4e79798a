namespace Distro.Contract.Mocks.Collector;

/// <summary>One OTLP metric as the mock collector received it, with its resource and scope.</summary>
public sealed record ReceivedMetric
{
    public required OtlpTransport Transport { get; init; }

    public required IReadOnlyDictionary<string, object?> ResourceAttributes { get; init; }

    public required string ScopeName { get; init; }

    public required string ScopeVersion { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Unit { get; init; }

    public required ReceivedMetricType Type { get; init; }

    public required IReadOnlyList<ReceivedDataPoint> DataPoints { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public override string ToString() =>
        $"metric via {Transport}: '{Name}' {Type} ({Unit}), scope '{ScopeName}', {DataPoints.Count} data point(s)";
}
