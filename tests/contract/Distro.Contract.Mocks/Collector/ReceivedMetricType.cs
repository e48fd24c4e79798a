namespace Distro.Contract.Mocks.Collector;

/// <summary>The kinds of metric data the mock collector decodes; the others arrive as <see cref="Other"/>.</summary>
public enum ReceivedMetricType
{
    Other,
    Gauge,
    Sum,
    Histogram,
}
