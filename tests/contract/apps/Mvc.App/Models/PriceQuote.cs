namespace Mvc.App.Models;

public sealed record PriceQuote(string CustomerId, int ItemCount, decimal Subtotal, Discount Discount, decimal Total, string Currency);
