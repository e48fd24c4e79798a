using Distro.Host.Configuration;
using Distro.Host.Exporters;
using Distro.Host.Plugins;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Distro.Host.Metrics;

/// <summary>
/// Builds the meter provider: runtime metrics, the ASP.NET Core meters, HttpClient metrics, the additional meters and
/// the exporters, each read every OTEL_METRIC_EXPORT_INTERVAL, with the plugins called around it.
/// </summary>
internal static class MeterProviderFactory
{
    public static MeterProvider Create(MetricsSettings settings, Func<ResourceBuilder> resource, PluginSet plugins)
    {
        var builder = plugins.BeforeConfigureMeterProvider(Sdk.CreateMeterProviderBuilder());
        builder
            .SetResourceBuilder(resource())
            .AddRuntimeInstrumentation()
            .AddHttpClientInstrumentation()
            .AddMeter(AspNetCoreMeters.Hosting, AspNetCoreMeters.Kestrel);

        if (!settings.AdditionalMeters.IsEmpty)
        {
            builder.AddMeter([.. settings.AdditionalMeters]);
        }

        foreach (var exporter in settings.Exporters)
        {
            AddExporter(builder, exporter, settings, plugins);
        }

        builder = plugins.AfterConfigureMeterProvider(builder);
        var provider = builder.Build() ?? throw new InvalidOperationException("the meter provider builder built nothing");
        plugins.MeterProviderInitialized(provider);
        return provider;
    }

    private static void AddExporter(MeterProviderBuilder builder, ExporterKind exporter, MetricsSettings settings, PluginSet plugins)
    {
        switch (exporter)
        {
            case ExporterKind.Otlp:
                builder.AddOtlpExporter((exporterOptions, readerOptions) =>
                {
                    OtlpExporterSetup.Apply(settings.Otlp, exporterOptions);
                    SetInterval(readerOptions, settings.ExportInterval);
                    plugins.ConfigureMetricsOptions(exporterOptions);
                    plugins.ConfigureMetricsOptions(readerOptions);
                });
                break;
            case ExporterKind.Console:
                builder.AddConsoleExporter((exporterOptions, readerOptions) =>
                {
                    SetInterval(readerOptions, settings.ExportInterval);
                    plugins.ConfigureMetricsOptions(exporterOptions);
                    plugins.ConfigureMetricsOptions(readerOptions);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(exporter), exporter, "unknown exporter");
        }
    }

    private static void SetInterval(MetricReaderOptions options, TimeSpan interval) =>
        options.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds;
}
