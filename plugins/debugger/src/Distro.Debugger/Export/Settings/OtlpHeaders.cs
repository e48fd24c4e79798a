namespace Distro.Debugger.Export.Settings;

/// <summary>
/// Checks <c>OTEL_EXPORTER_OTLP_HEADERS</c> the way the OTLP exporter will read it (percent-decoded as a whole, then
/// split at commas and at each pair's first <c>=</c>), so that the exporter never meets a value it would throw on.
/// </summary>
internal static class OtlpHeaders
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

    /// <summary>An HTTP header name (RFC 9110 token): the HTTP client refuses any other.</summary>
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
