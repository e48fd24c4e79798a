using System.Globalization;

namespace Distro.Host.Configuration;

/// <summary>
/// Reads OTEL_TRACES_SAMPLER (parentbased_always_on by default) and OTEL_TRACES_SAMPLER_ARG (the ratio of the ratio
/// samplers, 1.0 by default). An unknown sampler or a ratio outside 0..1 falls back to the default with a diagnostic.
/// </summary>
internal static class SamplerSettingsReader
{
    private static readonly Dictionary<string, SamplerKind> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["parentbased_always_on"] = SamplerKind.ParentBasedAlwaysOn,
        ["parentbased_always_off"] = SamplerKind.ParentBasedAlwaysOff,
        ["parentbased_traceidratio"] = SamplerKind.ParentBasedTraceIdRatio,
        ["always_on"] = SamplerKind.AlwaysOn,
        ["always_off"] = SamplerKind.AlwaysOff,
        ["traceidratio"] = SamplerKind.TraceIdRatio,
    };

    public static SamplerSettings Read(SettingsSource source)
    {
        var name = source.Value(HostVariables.TracesSampler);
        if (name is null)
        {
            return SamplerSettings.Default;
        }

        if (!s_names.TryGetValue(name, out var kind))
        {
            source.Report(HostVariables.TracesSampler, $"unknown sampler \"{name}\" ({string.Join(", ", s_names.Keys)}); using parentbased_always_on");
            return SamplerSettings.Default;
        }

        return kind is SamplerKind.TraceIdRatio or SamplerKind.ParentBasedTraceIdRatio
            ? new SamplerSettings(kind, ReadRatio(source))
            : new SamplerSettings(kind, SamplerSettings.Default.Ratio);
    }

    private static double ReadRatio(SettingsSource source)
    {
        var value = source.Value(HostVariables.TracesSamplerArgument);
        if (value is null)
        {
            return SamplerSettings.Default.Ratio;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) && ratio is >= 0 and <= 1)
        {
            return ratio;
        }

        source.Report(HostVariables.TracesSamplerArgument, $"\"{value}\" is not a ratio from 0 to 1; using 1.0");
        return SamplerSettings.Default.Ratio;
    }
}
