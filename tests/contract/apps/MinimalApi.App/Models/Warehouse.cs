namespace MinimalApi.App.Models;

public sealed record Warehouse(string Code, string City, List<Bin> Bins);
