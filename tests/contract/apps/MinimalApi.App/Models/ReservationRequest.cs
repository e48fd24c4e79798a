namespace MinimalApi.App.Models;

/// <summary>The JSON body of <c>POST /api/inventory/reservations</c>: nested objects and lists.</summary>
public sealed record ReservationRequest(string Sku, int Quantity, Warehouse Warehouse, List<string> Tags);
