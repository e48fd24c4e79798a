namespace Distro.Host.Configuration;

/// <summary>
/// Reads OTEL_RESOURCE_ATTRIBUTES: comma-separated key=value pairs whose values are percent-encoded. A malformed pair
/// (no '=', an empty key, a broken escape) is skipped and reported; the other pairs are kept; a repeated key keeps its
/// last value.
/// </summary>
internal static class ResourceAttributeParser
{
    public static Dictionary<string, string> Parse(string? text, Action<string> reportMalformed)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text is null)
        {
            return attributes;
        }

        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? pair[..equals].Trim() : string.Empty;
            if (key.Length == 0)
            {
                reportMalformed($"\"{pair}\" is not a key=value pair; skipped");
                continue;
            }

            if (!PercentEncoding.TryDecode(pair[(equals + 1)..].Trim(), out var value))
            {
                reportMalformed($"the value of \"{key}\" has a '%' that does not start a two-digit hexadecimal escape; skipped");
                continue;
            }

            attributes[key] = value;
        }

        return attributes;
    }
}
