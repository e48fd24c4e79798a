using System.Globalization;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Reads durations as users write them in environment variables: seconds (<c>600</c>, <c>1.5</c>) or a number with
/// a unit (<c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>1h</c>), units in any case, spaces allowed before the unit.
/// </summary>
internal static class DurationParser
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        var span = text.AsSpan().Trim();
        var unitSeconds = UnitSeconds(span, out var unitLength);
        if (unitSeconds > 0
            && double.TryParse(span[..^unitLength].TrimEnd(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            && value * unitSeconds <= TimeSpan.MaxValue.TotalSeconds)
        {
            duration = TimeSpan.FromSeconds(value * unitSeconds);
            return true;
        }

        duration = default;
        return false;
    }

    /// <returns>The unit's length in seconds, or 0 for an unknown unit.</returns>
    private static double UnitSeconds(ReadOnlySpan<char> text, out int unitLength)
    {
        // "ms" is tested first: it ends like "s" and starts like "m".
        if (text.EndsWith("ms", StringComparison.OrdinalIgnoreCase))
        {
            unitLength = 2;
            return 0.001;
        }

        if (text.IsEmpty || char.IsDigit(text[^1]) || text[^1] == '.')
        {
            unitLength = 0;
            return 1;
        }

        unitLength = 1;
        return char.ToLowerInvariant(text[^1]) switch
        {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            _ => 0,
        };
    }
}
