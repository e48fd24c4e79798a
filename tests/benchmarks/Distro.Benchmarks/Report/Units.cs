using System.Globalization;

namespace Distro.Benchmarks.Report;

/// <summary>Figures as the report writes them: invariant culture, a unit that keeps them short.</summary>
internal static class Units
{
    public static string Time(double nanoseconds) => Math.Abs(nanoseconds) switch
    {
        >= 1_000_000 => Format(nanoseconds / 1_000_000, "F2", "ms"),
        >= 1_000 => Format(nanoseconds / 1_000, "F2", "µs"),
        _ => Format(nanoseconds, "F2", "ns"),
    };

    public static string Milliseconds(double milliseconds) => Format(milliseconds, "F1", "ms");

    public static string PreciseMilliseconds(double milliseconds) => Format(milliseconds, "F3", "ms");

    public static string Bytes(double bytes) => Math.Abs(bytes) switch
    {
        >= 1024 * 1024 => Format(bytes / (1024 * 1024), "F1", "MB"),
        >= 1024 => Format(bytes / 1024, "F2", "KB"),
        _ => Format(bytes, "F0", "B"),
    };

    public static string Rate(double requestsPerSecond) => Format(requestsPerSecond, "F0", "req/s");

    public static string Ratio(double ratio) => ratio.ToString("F3", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (fraction * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    public static string Signed(string formatted, double value) => value >= 0 && !formatted.StartsWith('+') ? "+" + formatted : formatted;

    private static string Format(double value, string format, string unit) => value.ToString(format, CultureInfo.InvariantCulture) + " " + unit;
}
