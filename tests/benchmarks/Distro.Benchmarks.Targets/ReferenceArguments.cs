namespace Acme.BenchmarkTargets;

/// <summary>
/// The arguments of the reference snapshot: three primitives, an object with ten fields, a list of twenty small
/// objects and a string of 1,000 characters.
/// </summary>
public sealed class ReferenceArguments
{
    public const int LineCount = 20;
    public const int NoteLength = 1000;

    public int Quantity { get; } = 3;

    public double Rate { get; } = 0.125;

    public bool Express { get; } = true;

    public ReferenceOrder Order { get; } = new()
    {
        Id = new Guid("8d6b3c1e-5b1f-4f0e-9a57-0c2d9a7e4b11"),
        CustomerId = "customer-42",
        CreatedAt = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc),
        Currency = "EUR",
        Subtotal = 1234.56m,
        DiscountRate = 0.05,
        ItemCount = LineCount,
        Express = true,
        Channel = "web",
        Version = 7,
    };

    public List<ReferenceLine> Lines { get; } =
        [.. Enumerable.Range(1, LineCount).Select(index => new ReferenceLine { Sku = $"SKU-{index:D4}", Quantity = index, UnitPrice = index * 1.25m })];

    public string Note { get; } = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 23))[..NoteLength];
}
