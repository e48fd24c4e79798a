using Distro.Host.Configuration;

namespace Distro.Host.Tests.Configuration;

public sealed class SourceAndIntervalSettingsTests
{
    [Fact]
    public void Read_AdditionalSources_AreSplitAtCommasTrimmedAndDeduplicated()
    {
        var settings = HostSettingsReader.Read(Variables.Of(
            ("OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES", " Shop.Orders , Shop.*,,Shop.Orders"),
            ("OTEL_DOTNET_AUTO_METRICS_ADDITIONAL_SOURCES", "Shop.Metrics"))).Settings;

        Assert.Equal(["Shop.Orders", "Shop.*"], settings.Traces.AdditionalSources.ToArray());
        Assert.Equal(["Shop.Metrics"], settings.Metrics.AdditionalMeters.ToArray());
    }

    [Fact]
    public void Read_NoAdditionalSources_IsEmpty()
    {
        var settings = HostSettingsReader.Read(Variables.Of()).Settings;

        Assert.Empty(settings.Traces.AdditionalSources.ToArray());
        Assert.Empty(settings.Metrics.AdditionalMeters.ToArray());
    }

    [Fact]
    public void Read_ExportInterval_IsInMilliseconds()
    {
        var settings = HostSettingsReader.Read(Variables.Of(("OTEL_METRIC_EXPORT_INTERVAL", "15000"))).Settings;

        Assert.Equal(TimeSpan.FromSeconds(15), settings.Metrics.ExportInterval);
    }

    [Fact]
    public void Read_NoExportInterval_IsSixtySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), HostSettingsReader.Read(Variables.Of()).Settings.Metrics.ExportInterval);
    }

    [Fact]
    public void Read_InvalidExportInterval_IsSixtySecondsWithADiagnostic()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_METRIC_EXPORT_INTERVAL", "1m")));

        Assert.Equal(TimeSpan.FromSeconds(60), result.Settings.Metrics.ExportInterval);
        Assert.Equal(
            [new SettingDiagnostic("OTEL_METRIC_EXPORT_INTERVAL", "\"1m\" is not a positive whole number of milliseconds; using 60000")],
            result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_BlankValues_CountAsUnset()
    {
        var result = HostSettingsReader.Read(Variables.Of(
            ("OTEL_TRACES_EXPORTER", "  "),
            ("OTEL_SERVICE_NAME", ""),
            ("OTEL_METRIC_EXPORT_INTERVAL", " ")));

        Assert.Equal([ExporterKind.Otlp], result.Settings.Traces.Exporters.ToArray());
        Assert.Null(result.Settings.Resource.ServiceName);
        Assert.Empty(result.Diagnostics.ToArray());
    }
}
