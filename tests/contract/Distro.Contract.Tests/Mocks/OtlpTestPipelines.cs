using Distro.Contract.Mocks.Collector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Distro.Contract.Tests.Mocks;

/// <summary>
/// Real OpenTelemetry SDK pipelines exporting to a mock collector over the chosen OTLP protocol. Logs and
/// spans are exported as they are emitted (simple processor), so a test only has to wait for arrival.
/// </summary>
internal static class OtlpTestPipelines
{
    public static ResourceBuilder Resource(string serviceName, string environment) =>
        ResourceBuilder.CreateEmpty()
            .AddService(serviceName)
            .AddAttributes([new KeyValuePair<string, object>("deployment.environment.name", environment)]);

    /// <summary>
    /// With <c>retryTransientFailures</c> the exporter retries transient failures in memory (the SDK does not by default).
    /// </summary>
    public static ILoggerFactory CreateLoggerFactory(
        MockCollector collector, OtlpExportProtocol protocol, ResourceBuilder resource, bool retryTransientFailures = false) =>
        LoggerFactory.Create(logging =>
        {
            // The SDK reads its settings from the IConfiguration it finds; this one hides the machine's environment.
            var settings = new Dictionary<string, string?>
            {
                ["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = retryTransientFailures ? "in_memory" : null,
            };
            logging.Services.AddSingleton<IConfiguration>(
                new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            logging.AddOpenTelemetry(options =>
            {
                options.SetResourceBuilder(resource);
                options.AddOtlpExporter((exporter, processor) =>
                {
                    PointAt(exporter, collector, protocol, "v1/logs");
                    processor.ExportProcessorType = ExportProcessorType.Simple;
                });
            });
        });

    public static TracerProvider CreateTracerProvider(
        MockCollector collector, OtlpExportProtocol protocol, ResourceBuilder resource, string activitySourceName) =>
        Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(activitySourceName)
            .AddOtlpExporter(exporter =>
            {
                PointAt(exporter, collector, protocol, "v1/traces");
                exporter.ExportProcessorType = ExportProcessorType.Simple;
            })
            .Build();

    /// <summary>Metrics are exported when the test calls <c>ForceFlush</c> (or disposes the provider).</summary>
    public static MeterProvider CreateMeterProvider(
        MockCollector collector, OtlpExportProtocol protocol, ResourceBuilder resource, string meterName) =>
        Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(meterName)
            .AddOtlpExporter(exporter => PointAt(exporter, collector, protocol, "v1/metrics"))
            .Build();

    private static void PointAt(
        OtlpExporterOptions exporter, MockCollector collector, OtlpExportProtocol protocol, string httpPath)
    {
        exporter.Protocol = protocol;
        exporter.Endpoint = protocol == OtlpExportProtocol.Grpc
            ? collector.GrpcEndpoint
            : new Uri(collector.HttpEndpoint, httpPath);
    }
}
