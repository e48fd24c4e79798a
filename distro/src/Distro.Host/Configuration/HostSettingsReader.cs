namespace Distro.Host.Configuration;

/// <summary>Reads <see cref="HostSettings"/>; nothing throws: every unusable value falls back with a diagnostic.</summary>
internal static class HostSettingsReader
{
    public static HostSettingsReadResult Read(Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var source = new SettingsSource(variables);
        var settings = new HostSettings(
            ResourceSettingsReader.Read(source),
            new TracesSettings(
                ExporterListReader.Read(source, HostVariables.TracesExporter),
                OtlpSettingsReader.Read(source, OtlpSignal.Traces),
                SamplerSettingsReader.Read(source),
                NameList.Split(source.Value(HostVariables.AdditionalTraceSources), ',')),
            new MetricsSettings(
                ExporterListReader.Read(source, HostVariables.MetricsExporter),
                OtlpSettingsReader.Read(source, OtlpSignal.Metrics),
                ReadExportInterval(source),
                NameList.Split(source.Value(HostVariables.AdditionalMeters), ',')),
            PluginListReader.Read(source));
        return new HostSettingsReadResult(settings, source.Diagnostics);
    }

    private static TimeSpan ReadExportInterval(SettingsSource source)
    {
        var value = source.Value(HostVariables.MetricExportInterval);
        return value is null
            ? MetricsSettings.DefaultExportInterval
            : Milliseconds.Read(source, HostVariables.MetricExportInterval, value, MetricsSettings.DefaultExportInterval);
    }
}
