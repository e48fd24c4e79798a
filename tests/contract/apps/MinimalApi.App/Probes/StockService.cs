// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using MinimalApi.App.Models;

namespace MinimalApi.App.Probes;

/// <summary>Reserves and counts stock held in memory; the main probe target of the minimal API contract tests.</summary>
public sealed class StockService
{
    private static readonly TimeSpan s_latency = TimeSpan.FromMilliseconds(5);

    private readonly Dictionary<(string Sku, string Warehouse), int> _counts = new()
    {
        [("SKU-1", "BER")] = 12,
        [("SKU-1", "PAR")] = 4,
        [("SKU-2", "BER")] = 7,
    };

    public Reservation Reserve(string sku, int quantity, bool allowBackorder, Warehouse warehouse, List<string> tags)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(tags);
        var available = 0;
        foreach (var bin in warehouse.Bins)
        {
            available += bin.Quantity;
        }
        var label = $"{warehouse.Code}/{sku} [{string.Join(',', tags)}]";
        var reserved = allowBackorder ? quantity : Math.Min(quantity, available);
        var reservation = new Reservation(sku, reserved, available, reserved > available, label);
        return reservation;
    }

    public async Task<int> CountAsync(string sku, string warehouse, CancellationToken cancellationToken)
    {
        // A real suspension, as a database round trip would be, so async probes see the method resume later.
        await Task.Delay(s_latency, cancellationToken).ConfigureAwait(false);
        var count = _counts.GetValueOrDefault((sku, warehouse));
        return count;
    }

    public AuditResult Audit(string note, List<int> counts)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(counts);
        var total = 0;
        var max = 0;
        foreach (var count in counts)
        {
            total += count;
            max = Math.Max(max, count);
        }
        return new AuditResult(note.Length, counts.Count, total, max);
    }
}
