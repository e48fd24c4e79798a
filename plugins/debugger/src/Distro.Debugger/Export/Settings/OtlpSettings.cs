using Distro.Debugger.Export.CloudWatch;
using OpenTelemetry.Exporter;

namespace Distro.Debugger.Export.Settings;

/// <summary>How the OTLP exporter reaches the collector.</summary>
/// <remarks>
/// <para><c>Endpoint</c>: the full URL for http/protobuf; for gRPC the server's address, used as given.</para>
/// <para><c>Headers</c>: <c>key=value</c> pairs, comma-separated and percent-encoded as the specification writes them;
/// already checked to be well formed. Null when none are sent.</para>
/// <para><c>CloudWatch</c>: set when the endpoint is the CloudWatch Logs OTLP endpoint, which needs SigV4 signing.</para>
/// </remarks>
internal sealed record OtlpSettings(Uri Endpoint, OtlpExportProtocol Protocol, string? Headers, TimeSpan Timeout, CloudWatchLogsSettings? CloudWatch = null)
{
    /// <summary>The specification's default export timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
}
