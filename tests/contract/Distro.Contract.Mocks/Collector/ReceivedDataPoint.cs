namespace Distro.Contract.Mocks.Collector;

/// <summary>
/// A metric data point: gauges and sums carry <see cref="Value"/> (long or double); histograms carry
/// <see cref="Count"/> and, when sent, <see cref="Sum"/>.
/// </summary>
public sealed record ReceivedDataPoint(
    IReadOnlyDictionary<string, object?> Attributes,
    ulong TimeUnixNano,
    object? Value,
    ulong? Count,
    double? Sum);
