using System.Net;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// Sits under the OTLP exporter's <see cref="HttpClient"/> and turns each export into what the CloudWatch Logs OTLP
/// endpoint accepts: split into requests of at most 1 MB, each gzip-compressed, SigV4-signed as sent, and sent again
/// after 429 or 503 as <see cref="RetryPolicy"/> allows. Overrides both <see cref="Send"/> (which the exporter uses)
/// and <see cref="SendAsync"/>. Problems that would repeat on every export are reported once until an export succeeds.
/// </summary>
internal sealed class CloudWatchLogsHandler : DelegatingHandler
{
    private const string ErrorTypeHeader = "x-amzn-ErrorType";

    private readonly CloudWatchLogsSettings _settings;
    private readonly AwsCredentialsSource _credentials;
    private readonly RetryPolicy _retry;
    private readonly CloudWatchExportCounters _counters;
    private readonly TimeProvider _time;
    private int _accessDeniedReported;
    private int _retriesExhaustedReported;
    private int _rejectionReported;

    public CloudWatchLogsHandler(
        CloudWatchLogsSettings settings,
        AwsCredentialsSource credentials,
        RetryPolicy retry,
        CloudWatchExportCounters counters,
        TimeProvider time,
        HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        _settings = settings;
        _credentials = credentials;
        _retry = retry;
        _counters = counters;
        _time = time;
    }

    private delegate Task<HttpResponseMessage> SendOnce(HttpRequestMessage request, CancellationToken cancellationToken);

    // The inner handler is called synchronously, so the only waits here are the retry delays and credential resolution.
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        ExportAsync(request, (message, token) => Task.FromResult(base.Send(message, token)), cancellationToken).GetAwaiter().GetResult();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        ExportAsync(request, base.SendAsync, cancellationToken);

    private async Task<HttpResponseMessage> ExportAsync(HttpRequestMessage request, SendOnce send, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var split = Split(body);
        if (split.Parts.Count == 0)
        {
            throw new HttpRequestException("Every log record of the export is over the CloudWatch Logs request limit; none was sent.");
        }

        // Parts go one after another; after a failed one the rest are not sent, and the exporter counts the export as failed.
        HttpResponseMessage? response = null;
        foreach (var part in split.Parts)
        {
            response?.Dispose();
            response = await SendPartAsync(request, GzipBody.Compress(part.Span), send, started, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                break;
            }
        }

        return response!;
    }

    private LogsRequestSplit Split(byte[] body)
    {
        LogsRequestSplit split;
        try
        {
            split = LogsRequestSplitter.Split(body, CloudWatchLogsSettings.MaxRequestBytes);
        }
        catch (FormatException e)
        {
            DebuggerEventSource.Log.CloudWatchRequestUnreadable(e.Message);
            throw new HttpRequestException("The export is over the CloudWatch Logs request limit and is not a well-formed OTLP logs request.", e);
        }

        if (split.DroppedRecords > 0)
        {
            var total = _counters.AddDroppedRecords(split.DroppedRecords);
            DebuggerEventSource.Log.CloudWatchRecordsDropped(split.DroppedRecords, split.LargestDroppedBytes, CloudWatchLogsSettings.MaxRequestBytes, total);
        }

        return split;
    }

    private async Task<HttpResponseMessage> SendPartAsync(
        HttpRequestMessage original, byte[] gzipped, SendOnce send, long started, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var credentials = await _credentials.TryGetAsync(cancellationToken).ConfigureAwait(false);
            if (credentials is null)
            {
                _counters.AddCredentialsUnavailable();
                throw new HttpRequestException("No AWS credentials are available; the export was not sent to CloudWatch Logs.");
            }

            var message = CreateMessage(original, gzipped);
            SigV4HttpSigner.Sign(message, gzipped, credentials, new SigV4Scope(_time.GetUtcNow(), _settings.Region, CloudWatchLogsEndpoint.Service));
            _counters.AddRequest();
            var response = await send(message, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                OnSuccess();
                return response;
            }

            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                OnAccessDenied(response);
                return response;
            }

            var delay = _retry.DelayBeforeRetry(response, attempt, _time.GetElapsedTime(started), _time.GetUtcNow());
            if (delay is null)
            {
                OnGaveUp(response, attempt);
                return response;
            }

            response.Dispose();
            _counters.AddRetry();
            await Task.Delay(delay.Value, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A fresh request per attempt: the exporter's method, URI, version and headers, the gzipped part, and the log group and stream.</summary>
    private HttpRequestMessage CreateMessage(HttpRequestMessage original, byte[] gzipped)
    {
        var message = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
        };
        foreach (var (name, values) in original.Headers.NonValidated)
        {
            if (!IsSetHere(name))
            {
                message.Headers.TryAddWithoutValidation(name, values);
            }
        }

        message.Headers.TryAddWithoutValidation(CloudWatchLogsSettings.LogGroupHeader, _settings.LogGroup);
        message.Headers.TryAddWithoutValidation(CloudWatchLogsSettings.LogStreamHeader, _settings.LogStream);

        var content = new ByteArrayContent(gzipped);
        if (original.Content is not null)
        {
            foreach (var (name, values) in original.Content.Headers.NonValidated)
            {
                if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                    && !name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
                {
                    content.Headers.TryAddWithoutValidation(name, values);
                }
            }
        }

        content.Headers.ContentEncoding.Add(GzipBody.Encoding);
        message.Content = content;
        return message;
    }

    private static bool IsSetHere(string name) =>
        name.Equals(CloudWatchLogsSettings.LogGroupHeader, StringComparison.OrdinalIgnoreCase)
        || name.Equals(CloudWatchLogsSettings.LogStreamHeader, StringComparison.OrdinalIgnoreCase)
        || name.Equals(SigV4HttpSigner.AuthorizationHeader, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase);

    private void OnSuccess()
    {
        Volatile.Write(ref _accessDeniedReported, 0);
        Volatile.Write(ref _retriesExhaustedReported, 0);
        Volatile.Write(ref _rejectionReported, 0);
    }

    private void OnAccessDenied(HttpResponseMessage response)
    {
        _counters.AddAccessDenied();
        if (Interlocked.Exchange(ref _accessDeniedReported, 1) == 0)
        {
            DebuggerEventSource.Log.CloudWatchAccessDenied(_settings.LogGroup, _settings.LogStream, ErrorTypeOf(response));
        }
    }

    private void OnGaveUp(HttpResponseMessage response, int attempts)
    {
        if (RetryPolicy.IsRetryable(response.StatusCode))
        {
            _counters.AddRetriesExhausted();
            if (Interlocked.Exchange(ref _retriesExhaustedReported, 1) == 0)
            {
                DebuggerEventSource.Log.CloudWatchRetriesExhausted((int)response.StatusCode, attempts, _counters.RetriesExhausted);
            }

            return;
        }

        _counters.AddRejected();
        if (Interlocked.Exchange(ref _rejectionReported, 1) == 0)
        {
            DebuggerEventSource.Log.CloudWatchExportRejected((int)response.StatusCode, ErrorTypeOf(response), _counters.Rejected);
        }
    }

    private static string ErrorTypeOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ErrorTypeHeader, out var values) ? string.Join(", ", values) : "no error type given";
}
