using System.Globalization;

namespace Distro.Host.Configuration;

/// <summary>Durations that the specification writes as whole, positive milliseconds.</summary>
internal static class Milliseconds
{
    public static TimeSpan Read(SettingsSource source, string variable, string value, TimeSpan defaultValue)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 1)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        source.Report(variable, string.Create(CultureInfo.InvariantCulture, $"\"{value}\" is not a positive whole number of milliseconds; using {defaultValue.TotalMilliseconds}"));
        return defaultValue;
    }
}
