// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using Mvc.App.Models;

namespace Mvc.App.Probes;

/// <summary>An in-memory store of three seeded orders (ids 1, 2 and 3) with the latency of a real one.</summary>
public sealed class OrderRepository
{
    private static readonly TimeSpan s_latency = TimeSpan.FromMilliseconds(5);

    private readonly Dictionary<int, StoredOrder> _orders = new()
    {
        [1] = new StoredOrder(1, "c-100", [new OrderLine("SKU-1", 2, 9.99m), new OrderLine("SKU-2", 1, 24.50m)]),
        [2] = new StoredOrder(2, "c-200", [new OrderLine("SKU-3", 10, 1.25m)]),
        [3] = new StoredOrder(3, "c-300", []),
    };

    public async Task<StoredOrder?> FindAsync(int id, CancellationToken cancellationToken)
    {
        // A real suspension, as a database round trip would be, so async probes see the method resume later.
        await Task.Delay(s_latency, cancellationToken).ConfigureAwait(false);
        var found = _orders.TryGetValue(id, out var order);
        return found ? order : null;
    }
}
