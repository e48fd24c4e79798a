namespace Distro.Host.Tests.Plugins;

/// <summary>Which exporters the providers get, seen through the options each exporter hands to a plugin while it is created.</summary>
[Collection(PluginCalls.Collection)]
public sealed class ExporterSelectionTests
{
    private const string TracesOtlp = "First.ConfigureTracesOptions(OtlpExporterOptions";
    private const string TracesConsole = "First.ConfigureTracesOptions(ConsoleExporterOptions)";
    private const string MetricsOtlp = "First.ConfigureMetricsOptions(OtlpExporterOptions";
    private const string MetricsConsole = "First.ConfigureMetricsOptions(ConsoleExporterOptions)";

    public ExporterSelectionTests() => PluginCalls.Clear();

    [Fact]
    public void Start_OtlpTraces_CreatesTheOtlpExporterWithTheResolvedSettings()
    {
        using (Run(
            ("OTEL_TRACES_EXPORTER", "otlp"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "x-tenant=blue"),
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "1500")))
        {
            Assert.Equal(["First.ConfigureTracesOptions(OtlpExporterOptions HttpProtobuf http://127.0.0.1:9/v1/traces x-tenant=blue 1500)"], Exporters());
        }
    }

    [Fact]
    public void Start_ConsoleTraces_CreatesOnlyTheConsoleExporter()
    {
        using (Run(("OTEL_TRACES_EXPORTER", "console")))
        {
            Assert.Equal([TracesConsole], Exporters());
        }
    }

    [Fact]
    public void Start_OtlpAndConsoleTraces_CreatesBoth()
    {
        using (Run(("OTEL_TRACES_EXPORTER", "otlp,console"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")))
        {
            var exporters = Exporters();
            Assert.Equal(2, exporters.Count);
            Assert.StartsWith(TracesOtlp, exporters[0], StringComparison.Ordinal);
            Assert.Equal(TracesConsole, exporters[1]);
        }
    }

    [Fact]
    public void Start_NoExporters_CreatesNone()
    {
        using (Run())
        {
            Assert.Empty(Exporters());
        }
    }

    [Fact]
    public void Start_OtlpMetricsOverGrpc_CreatesTheOtlpExporterReadEveryExportInterval()
    {
        using (Run(
            ("OTEL_METRICS_EXPORTER", "otlp"),
            ("OTEL_EXPORTER_OTLP_METRICS_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://127.0.0.1:9"),
            ("OTEL_METRIC_EXPORT_INTERVAL", "1234")))
        {
            Assert.Equal(
                ["First.ConfigureMetricsOptions(OtlpExporterOptions Grpc http://127.0.0.1:9/)", "First.ConfigureMetricsOptions(MetricReaderOptions 1234)"],
                Exporters());
        }
    }

    [Fact]
    public void Start_ConsoleMetrics_CreatesOnlyTheConsoleExporter()
    {
        using (Run(("OTEL_METRICS_EXPORTER", "console")))
        {
            Assert.Equal([MetricsConsole, "First.ConfigureMetricsOptions(MetricReaderOptions 60000)"], Exporters());
        }
    }

    private static HostRun Run(params (string Name, string Value)[] variables) =>
        HostRun.Start([.. variables, ("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<FirstPlugin>())]);

    private static List<string> Exporters() =>
        PluginCalls.All
            .Where(call => call.StartsWith(TracesOtlp, StringComparison.Ordinal) || call == TracesConsole
                || call.StartsWith(MetricsOtlp, StringComparison.Ordinal) || call == MetricsConsole
                || call.StartsWith("First.ConfigureMetricsOptions(MetricReaderOptions", StringComparison.Ordinal))
            .ToList();
}
