using System.Globalization;
using OpenTelemetry.Exporter;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Distro.Host.Tests.Plugins;

/// <summary>Defines every plugin method and records each call.</summary>
public sealed class FirstPlugin
{
    public const string SourceAddedBeforeConfigure = "Tests.AddedByFirstPlugin";

    public void Initializing() => PluginCalls.Record("First.Initializing");

    public void Initialized() => PluginCalls.Record("First.Initialized");

    public TracerProviderBuilder BeforeConfigureTracerProvider(TracerProviderBuilder builder)
    {
        PluginCalls.Record("First.BeforeConfigureTracerProvider");
        return builder.AddSource(SourceAddedBeforeConfigure);
    }

    public TracerProviderBuilder AfterConfigureTracerProvider(TracerProviderBuilder builder)
    {
        PluginCalls.Record("First.AfterConfigureTracerProvider");
        return builder;
    }

    public void TracerProviderInitialized(TracerProvider provider) => PluginCalls.Record("First.TracerProviderInitialized");

    public MeterProviderBuilder BeforeConfigureMeterProvider(MeterProviderBuilder builder)
    {
        PluginCalls.Record("First.BeforeConfigureMeterProvider");
        return builder;
    }

    public MeterProviderBuilder AfterConfigureMeterProvider(MeterProviderBuilder builder)
    {
        PluginCalls.Record("First.AfterConfigureMeterProvider");
        return builder;
    }

    public void MeterProviderInitialized(MeterProvider provider) => PluginCalls.Record("First.MeterProviderInitialized");

    public ResourceBuilder ConfigureResource(ResourceBuilder builder)
    {
        PluginCalls.Record("First.ConfigureResource");
        return builder.AddAttributes([new("plugin.first", "yes")]);
    }

    public void ConfigureTracesOptions(OtlpExporterOptions options) =>
        PluginCalls.Record(string.Create(
            CultureInfo.InvariantCulture,
            $"First.ConfigureTracesOptions(OtlpExporterOptions {options.Protocol} {options.Endpoint} {options.Headers} {options.TimeoutMilliseconds})"));

    public void ConfigureTracesOptions(ConsoleExporterOptions options) => PluginCalls.Record("First.ConfigureTracesOptions(ConsoleExporterOptions)");

    public void ConfigureTracesOptions(HttpClientTraceInstrumentationOptions options) => PluginCalls.Record("First.ConfigureTracesOptions(HttpClientTraceInstrumentationOptions)");

    public void ConfigureMetricsOptions(OtlpExporterOptions options) =>
        PluginCalls.Record($"First.ConfigureMetricsOptions(OtlpExporterOptions {options.Protocol} {options.Endpoint})");

    public void ConfigureMetricsOptions(ConsoleExporterOptions options) => PluginCalls.Record("First.ConfigureMetricsOptions(ConsoleExporterOptions)");

    public void ConfigureMetricsOptions(MetricReaderOptions options) =>
        PluginCalls.Record(string.Create(
            CultureInfo.InvariantCulture,
            $"First.ConfigureMetricsOptions(MetricReaderOptions {options.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds})"));
}

/// <summary>Defines a few plugin methods only; returns nothing usable from one builder method.</summary>
public sealed class SecondPlugin
{
    public void Initializing() => PluginCalls.Record("Second.Initializing");

    public void Initialized() => PluginCalls.Record("Second.Initialized");

    public TracerProviderBuilder BeforeConfigureTracerProvider(TracerProviderBuilder builder)
    {
        PluginCalls.Record("Second.BeforeConfigureTracerProvider");
        return builder;
    }

    public TracerProviderBuilder? AfterConfigureTracerProvider(TracerProviderBuilder builder)
    {
        PluginCalls.Record("Second.AfterConfigureTracerProvider");
        return null;
    }
}
