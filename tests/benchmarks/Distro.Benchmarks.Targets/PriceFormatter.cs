using System.Globalization;
using System.Runtime.CompilerServices;

namespace Acme.BenchmarkTargets;

/// <summary>
/// An ordinary service method with some work in it (a dictionary lookup and number formatting in framework code), for
/// comparing the same code with and without the profiler attached. It is never probed.
/// </summary>
public static class PriceFormatter
{
    private static readonly Dictionary<string, decimal> s_prices = new(StringComparer.Ordinal)
    {
        ["SKU-1001"] = 9.99m,
        ["SKU-1002"] = 24.50m,
        ["SKU-1003"] = 104.95m,
        ["SKU-1004"] = 0.75m,
    };

    public static IReadOnlyList<string> Skus { get; } = [.. s_prices.Keys];

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Format(string sku, Span<char> destination) =>
        s_prices.TryGetValue(sku, out var price) && price.TryFormat(destination, out var written, "F2", CultureInfo.InvariantCulture) ? written : 0;
}
