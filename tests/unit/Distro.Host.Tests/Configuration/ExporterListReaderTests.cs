using Distro.Host.Configuration;

namespace Distro.Host.Tests.Configuration;

public sealed class ExporterListReaderTests
{
    [Theory]
    [InlineData("OTEL_TRACES_EXPORTER")]
    [InlineData("OTEL_METRICS_EXPORTER")]
    public void Read_Unset_SelectsOtlp(string variable)
    {
        var result = HostSettingsReader.Read(Variables.Of());

        Assert.Equal([ExporterKind.Otlp], Exporters(result.Settings, variable).ToArray());
        Assert.Empty(result.Diagnostics.ToArray());
    }

    [Theory]
    [InlineData("otlp", "Otlp")]
    [InlineData("console", "Console")]
    [InlineData("Console, OTLP", "Console Otlp")]
    [InlineData("otlp,otlp", "Otlp")]
    [InlineData("none", "")]
    public void Read_KnownNames_SelectsThemInOrder(string value, string kinds)
    {
        var expected = kinds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ExporterKind>);
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_TRACES_EXPORTER", value), ("OTEL_METRICS_EXPORTER", value)));

        Assert.Equal(expected, result.Settings.Traces.Exporters.ToArray());
        Assert.Equal(expected, result.Settings.Metrics.Exporters.ToArray());
        Assert.Empty(result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_UnknownNameBesideAKnownOne_IgnoresItWithADiagnostic()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_TRACES_EXPORTER", "zipkin,console")));

        Assert.Equal([ExporterKind.Console], result.Settings.Traces.Exporters.ToArray());
        Assert.Equal(
            [new SettingDiagnostic("OTEL_TRACES_EXPORTER", "unknown exporter \"zipkin\" (otlp, console or none); ignored")],
            result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_OnlyUnknownNames_FallsBackToOtlpRatherThanLosingTheSignal()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_METRICS_EXPORTER", "prometheus")));

        Assert.Equal([ExporterKind.Otlp], result.Settings.Metrics.Exporters.ToArray());
        Assert.Equal(
            [
                new SettingDiagnostic("OTEL_METRICS_EXPORTER", "unknown exporter \"prometheus\" (otlp, console or none); ignored"),
                new SettingDiagnostic("OTEL_METRICS_EXPORTER", "names no known exporter; using otlp"),
            ],
            result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_NoneBesideAnExporter_KeepsTheExporterWithADiagnostic()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_TRACES_EXPORTER", "none,otlp")));

        Assert.Equal([ExporterKind.Otlp], result.Settings.Traces.Exporters.ToArray());
        Assert.Equal([new SettingDiagnostic("OTEL_TRACES_EXPORTER", "\"none\" is ignored when other exporters are named")], result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_NumericName_IsUnknownNotAnEnumValue()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_TRACES_EXPORTER", "1")));

        Assert.Equal([ExporterKind.Otlp], result.Settings.Traces.Exporters.ToArray());
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.Contains("unknown exporter \"1\"", StringComparison.Ordinal));
    }

    private static IEnumerable<ExporterKind> Exporters(HostSettings settings, string variable) =>
        variable == "OTEL_TRACES_EXPORTER" ? settings.Traces.Exporters : settings.Metrics.Exporters;
}
