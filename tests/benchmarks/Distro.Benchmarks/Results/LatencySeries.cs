namespace Distro.Benchmarks.Results;

/// <summary>Repeated latencies of one kind, in milliseconds, in the order they were measured.</summary>
internal sealed record LatencySeries(string Name, IReadOnlyList<double> Milliseconds)
{
    public double Median => Percentiles.Of(Milliseconds, 50);

    public double P95 => Percentiles.Of(Milliseconds, 95);

    public double Max => Milliseconds.Max();
}
