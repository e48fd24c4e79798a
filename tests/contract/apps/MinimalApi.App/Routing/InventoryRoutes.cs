using MinimalApi.App.Probes;

namespace MinimalApi.App.Routing;

public static class InventoryRoutes
{
    public static IEndpointRouteBuilder MapInventory(this IEndpointRouteBuilder endpoints)
    {
        var inventory = endpoints.MapGroup("/api/inventory");
        inventory.MapPost("/reservations", InventoryHandlers.Reserve);
        inventory.MapPost("/audits", InventoryHandlers.Audit);
        inventory.MapGet("/{sku}", InventoryHandlers.GetLevelAsync);
        inventory.MapGet("/{sku}/levels", InventoryHandlers.StreamLevels);
        inventory.MapPost("/{sku}/recall", InventoryHandlers.Recall);
        return endpoints;
    }
}
