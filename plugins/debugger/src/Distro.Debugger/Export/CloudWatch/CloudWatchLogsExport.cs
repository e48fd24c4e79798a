using Distro.Debugger.Diagnostics;
using OpenTelemetry.Exporter;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// Points an OTLP log exporter straight at the CloudWatch Logs OTLP endpoint: http/protobuf, and an
/// <see cref="HttpClient"/> whose <see cref="CloudWatchLogsHandler"/> splits, compresses, signs and retries.
/// </summary>
internal sealed class CloudWatchLogsExport
{
    private readonly AwsCredentialsSource _credentials;
    private readonly RetryPolicy _retry;
    private readonly TimeSpan _timeout;

    private CloudWatchLogsExport(CloudWatchLogsSettings settings, AwsCredentialsSource credentials, TimeSpan timeout)
    {
        Settings = settings;
        _credentials = credentials;
        _timeout = timeout;
        _retry = RetryPolicy.WithBudget(timeout);
    }

    public CloudWatchLogsSettings Settings { get; }

    public CloudWatchExportCounters Counters { get; } = new();

    /// <summary>
    /// When <paramref name="variables"/> name the CloudWatch Logs OTLP endpoint with a log group and stream, configures
    /// <paramref name="options"/> to send there with credentials from the SDK's default chain; otherwise leaves them as they are.
    /// </summary>
    /// <returns>The configured export, or null when CloudWatch mode does not apply.</returns>
    public static CloudWatchLogsExport? TryConfigure(OtlpExporterOptions options, Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = CloudWatchLogsSettingsReader.Read(variables);
        return settings is null ? null : Configure(options, settings, AwsCredentialsSource.FromDefaultChain(), settings.Endpoint);
    }

    /// <param name="options">The exporter's options; their timeout bounds each export, retries included.</param>
    /// <param name="settings">The CloudWatch destination; signing uses its region.</param>
    /// <param name="credentials">Where the signing credentials come from; resolving starts now, in the background.</param>
    /// <param name="sendTo">The URL requests go to: the settings' endpoint, or a local server in tests.</param>
    public static CloudWatchLogsExport Configure(OtlpExporterOptions options, CloudWatchLogsSettings settings, AwsCredentialsSource credentials, Uri sendTo)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(sendTo);
        if (options.Protocol != OtlpExportProtocol.HttpProtobuf)
        {
            DebuggerEventSource.Log.CloudWatchProtocolChanged(options.Protocol.ToString());
        }

        var export = new CloudWatchLogsExport(settings, credentials, TimeSpan.FromMilliseconds(options.TimeoutMilliseconds));
        options.Endpoint = sendTo;
        options.Protocol = OtlpExportProtocol.HttpProtobuf;

        // The handler compresses each part after splitting; compressing before would hide the records from the splitter.
        options.Compression = OtlpExportCompression.None;
        options.HttpClientFactory = export.CreateHttpClient;
        credentials.Start();
        DebuggerEventSource.Log.CloudWatchExportConfigured(settings.Endpoint.ToString(), settings.Region, settings.LogGroup, settings.LogStream);
        return export;
    }

    /// <summary>A client as the exporter's own: no redirects (headers and data go only to the endpoint), the export timeout.</summary>
    public HttpClient CreateHttpClient()
    {
        var transport = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var handler = new CloudWatchLogsHandler(Settings, _credentials, _retry, Counters, TimeProvider.System, transport);
        return new HttpClient(handler) { Timeout = _timeout };
    }
}
