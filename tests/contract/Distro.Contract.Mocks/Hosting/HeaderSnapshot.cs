namespace Distro.Contract.Mocks.Hosting;

/// <summary>Copies request headers into an immutable, case-insensitive map (repeated values joined by commas).</summary>
internal static class HeaderSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(IHeaderDictionary headers) =>
        headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
}
