namespace Acme.BenchmarkTargets;

/// <summary>The reference snapshot's object argument: ten fields of the usual kinds.</summary>
public sealed class ReferenceOrder
{
    public Guid Id { get; init; }

    public string CustomerId { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public string Currency { get; init; } = string.Empty;

    public decimal Subtotal { get; init; }

    public double DiscountRate { get; init; }

    public int ItemCount { get; init; }

    public bool Express { get; init; }

    public string Channel { get; init; } = string.Empty;

    public long Version { get; init; }
}
