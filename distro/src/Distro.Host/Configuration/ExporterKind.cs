namespace Distro.Host.Configuration;

/// <summary>The exporters OTEL_TRACES_EXPORTER and OTEL_METRICS_EXPORTER may name (besides <c>none</c>).</summary>
internal enum ExporterKind
{
    Otlp,
    Console,
}
