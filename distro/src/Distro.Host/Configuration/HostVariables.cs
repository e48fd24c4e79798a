namespace Distro.Host.Configuration;

/// <summary>The environment variables the host reads, named as OpenTelemetry and its .NET auto-instrumentation 1.x name them.</summary>
internal static class HostVariables
{
    public const string ServiceName = "OTEL_SERVICE_NAME";
    public const string ResourceAttributes = "OTEL_RESOURCE_ATTRIBUTES";

    public const string TracesExporter = "OTEL_TRACES_EXPORTER";
    public const string MetricsExporter = "OTEL_METRICS_EXPORTER";

    public const string TracesSampler = "OTEL_TRACES_SAMPLER";
    public const string TracesSamplerArgument = "OTEL_TRACES_SAMPLER_ARG";

    public const string AdditionalTraceSources = "OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES";
    public const string AdditionalMeters = "OTEL_DOTNET_AUTO_METRICS_ADDITIONAL_SOURCES";
    public const string MetricExportInterval = "OTEL_METRIC_EXPORT_INTERVAL";

    public const string Plugins = "OTEL_DOTNET_AUTO_PLUGINS";
    public const string DebuggerEnabled = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED";

    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OtlpProtocol = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string OtlpHeaders = "OTEL_EXPORTER_OTLP_HEADERS";
    public const string OtlpTimeout = "OTEL_EXPORTER_OTLP_TIMEOUT";
}
