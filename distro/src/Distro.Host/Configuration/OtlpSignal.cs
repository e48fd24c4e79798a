namespace Distro.Host.Configuration;

/// <summary>A signal's OTLP variables and defaults: OTEL_EXPORTER_OTLP_{SIGNAL}_* override the general ones.</summary>
internal sealed record OtlpSignal(string Name, string HttpPath)
{
    public static readonly OtlpSignal Traces = new("TRACES", "v1/traces");
    public static readonly OtlpSignal Metrics = new("METRICS", "v1/metrics");

    public string EndpointVariable => $"OTEL_EXPORTER_OTLP_{Name}_ENDPOINT";

    public string ProtocolVariable => $"OTEL_EXPORTER_OTLP_{Name}_PROTOCOL";

    public string HeadersVariable => $"OTEL_EXPORTER_OTLP_{Name}_HEADERS";

    public string TimeoutVariable => $"OTEL_EXPORTER_OTLP_{Name}_TIMEOUT";
}
