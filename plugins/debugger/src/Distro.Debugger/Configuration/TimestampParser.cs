using System.Globalization;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Reads the timestamps the config API and probe files use: epoch seconds (fractional allowed), epoch milliseconds,
/// or ISO 8601 text. All results are UTC.
/// </summary>
internal static class TimestampParser
{
    /// <summary>
    /// Epoch values whose magnitude is at or above 1e11 are milliseconds: 1e11 seconds would be the year 5138,
    /// while 1e11 milliseconds is March 1973, so no real timestamp is ambiguous.
    /// </summary>
    public const decimal MillisecondsThreshold = 100_000_000_000m;

    private static readonly long s_ticksAfterEpoch = DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
    private static readonly long s_ticksBeforeEpoch = DateTimeOffset.UnixEpoch.UtcTicks - DateTimeOffset.MinValue.UtcTicks;

    public static bool TryParseEpoch(decimal value, out DateTimeOffset result)
    {
        var ticksPerUnit = Math.Abs(value) >= MillisecondsThreshold ? TimeSpan.TicksPerMillisecond : TimeSpan.TicksPerSecond;

        // Compare in units before multiplying so that huge values cannot overflow the decimal.
        if (value > (decimal)s_ticksAfterEpoch / ticksPerUnit || value < -(decimal)s_ticksBeforeEpoch / ticksPerUnit)
        {
            result = default;
            return false;
        }

        var ticks = (long)decimal.Round(value * ticksPerUnit, MidpointRounding.AwayFromZero);
        result = DateTimeOffset.UnixEpoch.AddTicks(ticks);
        return true;
    }

    /// <summary>A numeric text is an epoch value; anything else must be a date and time, taken as UTC when it has no offset.</summary>
    public static bool TryParse(string text, out DateTimeOffset result)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch))
        {
            return TryParseEpoch(epoch, out result);
        }

        if (DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out var parsed))
        {
            result = parsed.ToUniversalTime();
            return true;
        }

        result = default;
        return false;
    }
}
