namespace MinimalApi.App.Models;

public sealed record StockLevel(string Sku, string Warehouse, int Quantity);
