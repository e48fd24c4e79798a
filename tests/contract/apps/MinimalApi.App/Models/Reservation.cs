namespace MinimalApi.App.Models;

public sealed record Reservation(string Sku, int Reserved, int Available, bool Backordered, string Label);
