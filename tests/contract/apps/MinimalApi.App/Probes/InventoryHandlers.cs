// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using System.Runtime.CompilerServices;
using MinimalApi.App.Models;

namespace MinimalApi.App.Probes;

/// <summary>Method-group handlers of the <c>/api/inventory</c> route group.</summary>
public static class InventoryHandlers
{
    private static readonly TimeSpan s_streamInterval = TimeSpan.FromMilliseconds(10);
    private static readonly string[] s_warehouses = ["BER", "PAR", "MAD"];

    public static Reservation Reserve(ReservationRequest request, StockService stock, bool allowBackorder = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stock);
        return stock.Reserve(request.Sku, request.Quantity, allowBackorder, request.Warehouse, request.Tags);
    }

    public static async Task<StockLevel> GetLevelAsync(string sku, string? warehouse, StockService stock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stock);
        var code = warehouse ?? "BER";
        var quantity = await stock.CountAsync(sku, code, cancellationToken).ConfigureAwait(false);
        return new StockLevel(sku, code, quantity);
    }

    /// <summary>Streams the stock of a SKU in each warehouse, one JSON array element at a time.</summary>
    public static async IAsyncEnumerable<StockLevel> StreamLevels(string sku, int? count, StockService stock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stock);
        for (var index = 0; index < (count ?? s_warehouses.Length); index++)
        {
            await Task.Delay(s_streamInterval, cancellationToken).ConfigureAwait(false);
            var code = s_warehouses[index % s_warehouses.Length];
            yield return new StockLevel(sku, code, await stock.CountAsync(sku, code, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Refuses every recall: the exception that escapes to ASP.NET Core, which answers 500.</summary>
    public static IResult Recall(string sku, string reason)
    {
        throw new InvalidOperationException($"Recall of {sku} refused: {reason}");
    }

    public static AuditResult Audit(AuditRequest request, StockService stock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stock);
        return stock.Audit(request.Note, request.Counts);
    }
}
