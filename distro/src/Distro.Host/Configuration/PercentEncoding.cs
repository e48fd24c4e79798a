using System.Text.RegularExpressions;

namespace Distro.Host.Configuration;

/// <summary>Strict percent-decoding: a '%' must start a two-digit hexadecimal escape, or the text is malformed.</summary>
internal static partial class PercentEncoding
{
    public static bool TryDecode(string text, out string decoded)
    {
        if (BrokenEscape().IsMatch(text))
        {
            decoded = string.Empty;
            return false;
        }

        decoded = Uri.UnescapeDataString(text);
        return true;
    }

    [GeneratedRegex("%(?![0-9A-Fa-f]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenEscape();
}
