namespace Distro.Debugger.Export.CloudWatch;

/// <summary>Where snapshots go when they are sent straight to the CloudWatch Logs OTLP endpoint.</summary>
/// <remarks>
/// <para><c>Endpoint</c>: the full <c>https://logs.&lt;region&gt;.amazonaws.com/v1/logs</c> URL.</para>
/// <para><c>Region</c>: taken from the endpoint's host; the SigV4 signing region.</para>
/// <para><c>LogGroup</c>, <c>LogStream</c>: sent as the <c>x-aws-log-group</c> and <c>x-aws-log-stream</c> headers.</para>
/// </remarks>
internal sealed record CloudWatchLogsSettings(Uri Endpoint, string Region, string LogGroup, string LogStream)
{
    public const string LogGroupHeader = "x-aws-log-group";
    public const string LogStreamHeader = "x-aws-log-stream";

    /// <summary>The endpoint's limit on one request (uncompressed), 1 MB.</summary>
    public const int MaxRequestBytes = 1024 * 1024;
}
