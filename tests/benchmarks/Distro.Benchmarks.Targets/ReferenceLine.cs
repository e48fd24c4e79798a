namespace Acme.BenchmarkTargets;

/// <summary>One small object of the reference snapshot's list.</summary>
public sealed class ReferenceLine
{
    public string Sku { get; init; } = string.Empty;

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }
}
