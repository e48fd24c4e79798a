using System.Net.Http.Headers;
using OpenTelemetry;

namespace Distro.Debugger.Sources;

/// <summary>
/// Posts JSON to the config API over an <see cref="HttpClient"/> of its own. These calls are the distro's business,
/// not the application's: they carry no trace context and, made under <see cref="SuppressInstrumentationScope"/>,
/// produce no spans.
/// </summary>
internal sealed class ConfigApiHttpClient : IDisposable
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    private readonly HttpClient _client;
    private readonly TimeSpan _requestTimeout;

    public ConfigApiHttpClient(ConfigApiClientOptions options)
    {
        _requestTimeout = options.RequestTimeout;
        _client = options.Transport is { } transport
            ? new HttpClient(transport, disposeHandler: false)
            : new HttpClient(CreateHandler(options.RequestTimeout), disposeHandler: true);

        // Each call has its own timeout, covering the body too; HttpClient's would cover the headers only.
        _client.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>
    /// Posts <paramref name="body"/> and hands the response, headers read and body not yet, to
    /// <paramref name="readResponse"/>. Throws <see cref="TimeoutException"/> when the whole exchange takes longer
    /// than the request timeout, <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/>
    /// is cancelled, and whatever the transport throws otherwise.
    /// </summary>
    public async Task<T> PostAsync<T>(
        Uri uri,
        byte[] body,
        Func<HttpResponseMessage, CancellationToken, Task<T>> readResponse,
        CancellationToken cancellationToken)
    {
        // The scope lives in this method's execution context, so it covers the request and ends with the method.
        using var suppression = SuppressInstrumentationScope.Begin();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = s_json;
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return await readResponse(response, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no complete answer within {_requestTimeout.TotalSeconds} s");
        }
    }

    public void Dispose() => _client.Dispose();

    private static SocketsHttpHandler CreateHandler(TimeSpan requestTimeout) => new()
    {
        // No traceparent, tracestate or baggage headers: the application's trace must not leak into the agent.
        ActivityHeadersPropagator = null,
        ConnectTimeout = requestTimeout,
        UseCookies = false,
    };
}
