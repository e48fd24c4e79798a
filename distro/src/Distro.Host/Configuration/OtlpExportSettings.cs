using OpenTelemetry.Exporter;

namespace Distro.Host.Configuration;

/// <summary>
/// One signal's OTLP exporter settings, resolved: the endpoint is the full URL requests go to, and the headers are
/// written as OTEL_EXPORTER_OTLP_HEADERS writes them (comma-separated name=value), already checked.
/// </summary>
internal sealed record OtlpExportSettings(Uri Endpoint, OtlpExportProtocol Protocol, string? Headers, TimeSpan Timeout);
