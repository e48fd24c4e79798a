// The demo's probe file names lines of this file: change it only together with samples/demo/probes.json.
namespace Sample.Service.Probes;

public sealed record QuoteRequest(string Customer, int Quantity, string? Coupon);

public sealed record LineItem(string Sku, decimal UnitPrice, int Quantity);

public sealed record Quote(string Customer, IReadOnlyList<LineItem> Items, decimal Discount, decimal Total);

public sealed class PricingService
{
    private readonly Dictionary<string, decimal> _prices = new() { ["SKU-1"] = 19.90m, ["SKU-2"] = 4.25m };

    public Quote Quote(QuoteRequest request)
    {
        var items = new List<LineItem>
        {
            new("SKU-1", _prices["SKU-1"], request.Quantity),
            new("SKU-2", _prices["SKU-2"], request.Quantity * 2),
        };
        var subtotal = 0m;
        foreach (var item in items)
        {
            subtotal += item.UnitPrice * item.Quantity;
        }

        var discount = request.Coupon == "WINTER" ? Math.Round(subtotal * 0.1m, 2) : 0m;
        return new Quote(request.Customer, items, discount, subtotal - discount);
    }
}
