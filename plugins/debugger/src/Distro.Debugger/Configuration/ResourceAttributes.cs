namespace Distro.Debugger.Configuration;

/// <summary>
/// Reads <c>OTEL_RESOURCE_ATTRIBUTES</c>: comma-separated <c>key=value</c> pairs with percent-encoded values, as the
/// OpenTelemetry specification defines it. Malformed pairs are skipped and reported; a repeated key keeps its last value.
/// </summary>
internal static class ResourceAttributes
{
    public static Dictionary<string, string> Parse(string? text, Action<string> reportMalformed)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return attributes;
        }

        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? pair[..equals].Trim() : "";
            if (key.Length == 0)
            {
                reportMalformed($"\"{pair}\" is not a key=value pair; skipped");
                continue;
            }

            attributes[key] = Uri.UnescapeDataString(pair[(equals + 1)..].Trim());
        }

        return attributes;
    }
}
