namespace MinimalApi.App.Models;

public sealed record Bin(string Location, int Quantity);
