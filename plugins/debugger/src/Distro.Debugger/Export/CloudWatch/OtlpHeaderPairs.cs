namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// Reads <c>OTEL_EXPORTER_OTLP_*HEADERS</c> as the OTLP exporter does: percent-decoded as a whole, then split at commas
/// and at each pair's first <c>=</c>, names and values trimmed. Malformed pairs are skipped.
/// </summary>
internal static class OtlpHeaderPairs
{
    public static IReadOnlyDictionary<string, string> Parse(string? headers)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(headers))
        {
            return pairs;
        }

        foreach (var pair in Uri.UnescapeDataString(headers).Split(','))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                var name = pair[..equals].Trim();
                if (name.Length > 0)
                {
                    pairs[name] = pair[(equals + 1)..].Trim();
                }
            }
        }

        return pairs;
    }
}
