// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using Mvc.App.Models;

namespace Mvc.App.Probes;

/// <summary>Prices orders and summarizes quantities; the main probe target of the MVC contract tests.</summary>
public sealed class PricingService
{
    private const decimal ExpressFee = 12.50m;
    private const decimal LoyaltyRatePerYear = 0.01m;
    private const decimal MaxLoyaltyRate = 0.10m;

    private readonly string _homeCountry = "US";

    public PriceQuote PriceOrder(string customerId, int loyaltyYears, bool express, Address shipTo, List<OrderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(shipTo);
        ArgumentNullException.ThrowIfNull(lines);
        var subtotal = 0m;
        var itemCount = 0;
        foreach (var line in lines)
        {
            subtotal += line.Quantity * line.UnitPrice;
            itemCount += line.Quantity;
        }
        var currency = shipTo.Country == _homeCountry ? "USD" : "EUR";
        var discount = new Discount(Math.Min(loyaltyYears * LoyaltyRatePerYear, MaxLoyaltyRate), $"loyalty {loyaltyYears}y");
        var total = subtotal - (subtotal * discount.Rate) + (express ? ExpressFee : 0m);
        return new PriceQuote(customerId, itemCount, subtotal, discount, total, currency);
    }

    public QuantitySummary Summarize(string note, List<int> quantities)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(quantities);
        var total = 0;
        var max = 0;
        foreach (var quantity in quantities)
        {
            total += quantity;
            max = Math.Max(max, quantity);
        }
        return new QuantitySummary(note.Length, quantities.Count, total, max);
    }
}
