using System.Diagnostics.Tracing;

namespace Distro.Debugger.Diagnostics;

/// <summary>Events of direct export to the CloudWatch Logs OTLP endpoint (ids 700-799).</summary>
internal sealed partial class DebuggerEventSource
{
    [Event(700, Level = EventLevel.Informational, Message = "Snapshots are sent to CloudWatch Logs at {0} (region {1}), log group {2}, log stream {3}, signed with SigV4")]
    public void CloudWatchExportConfigured(string endpoint, string region, string logGroup, string logStream) =>
        WriteEvent(700, endpoint, region, logGroup, logStream);

    [Event(701, Level = EventLevel.Warning, Message = "The logs endpoint {0} is the CloudWatch Logs OTLP endpoint, but the OTLP headers do not set {1}: snapshots are not signed for CloudWatch and will be refused")]
    public void CloudWatchHeadersMissing(string endpoint, string missingHeaders) => WriteEvent(701, endpoint, missingHeaders);

    [Event(702, Level = EventLevel.Warning, Message = "The CloudWatch Logs OTLP endpoint accepts only http/protobuf; protocol {0} is replaced by it")]
    public void CloudWatchProtocolChanged(string configuredProtocol) => WriteEvent(702, configuredProtocol);

    [Event(703, Level = EventLevel.Error, Message = "No AWS credentials found, so no snapshots are sent to CloudWatch Logs until some are (looked for again with backoff): {0}")]
    public void AwsCredentialsUnavailable(string reason) => WriteEvent(703, reason);

    [Event(704, Level = EventLevel.Informational, Message = "AWS credentials found ({0}); snapshots are signed and sent to CloudWatch Logs")]
    public void AwsCredentialsAvailable(string provider) => WriteEvent(704, provider);

    [Event(705, Level = EventLevel.Error, Message = "CloudWatch Logs refused snapshots with 403 Forbidden ({2}): the credentials need logs:PutLogEvents on log group {0}, stream {1}. Reported once until an export succeeds")]
    public void CloudWatchAccessDenied(string logGroup, string logStream, string errorType) => WriteEvent(705, logGroup, logStream, errorType);

    [Event(706, Level = EventLevel.Warning, Message = "{0} snapshot(s) of up to {1} bytes were dropped: one alone is over the CloudWatch Logs request limit of {2} bytes ({3} dropped so far)")]
    public void CloudWatchRecordsDropped(int count, long largestBytes, int limitBytes, long total) => WriteEvent(706, count, largestBytes, limitBytes, total);

    [Event(707, Level = EventLevel.Warning, Message = "CloudWatch Logs still answered {0} after {1} attempt(s); the export failed ({2} such failures so far). Reported once until an export succeeds")]
    public void CloudWatchRetriesExhausted(int status, int attempts, long total) => WriteEvent(707, status, attempts, total);

    [Event(708, Level = EventLevel.Warning, Message = "CloudWatch Logs refused snapshots with {0} ({1}); not retried ({2} such refusals so far). Reported once until an export succeeds")]
    public void CloudWatchExportRejected(int status, string errorType, long total) => WriteEvent(708, status, errorType, total);

    [Event(709, Level = EventLevel.Error, Message = "An export over the CloudWatch Logs request limit could not be split and was dropped: {0}")]
    public void CloudWatchRequestUnreadable(string reason) => WriteEvent(709, reason);
}
