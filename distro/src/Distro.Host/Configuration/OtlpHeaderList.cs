namespace Distro.Host.Configuration;

/// <summary>
/// Checks OTEL_EXPORTER_OTLP_HEADERS the way the OTLP exporter will read it (percent-decoded as a whole, then split at
/// commas and at each pair's first '='): the exporter throws when it is built on a malformed list, which would lose the
/// whole signal.
/// </summary>
internal static class OtlpHeaderList
{
    private const string Separators = "()<>@,;:\\\"/[]?={}";

    public static bool IsWellFormed(string headers)
    {
        foreach (var pair in Uri.UnescapeDataString(headers).Split(','))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || !IsToken(pair.AsSpan(0, equals).Trim()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An HTTP header name (an RFC 9110 token): the HTTP client refuses any other.</summary>
    private static bool IsToken(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c <= ' ' || c >= '\u007f' || Separators.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
