namespace Mvc.App.Models;

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);
