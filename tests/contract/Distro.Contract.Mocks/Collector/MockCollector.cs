using Distro.Contract.Mocks.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Distro.Contract.Mocks.Collector;

/// <summary>
/// An in-process OpenTelemetry Collector stand-in that decodes real OTLP: http/protobuf on an HTTP/1.1
/// port and gRPC on a cleartext HTTP/2 port, both on 127.0.0.1. It keeps what it receives in a decoded
/// form, lets tests wait for it with a deadline, and can be told to fail or to answer late.
/// </summary>
public sealed class MockCollector : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly OtlpReceiver _receiver;

    private MockCollector(LoopbackServer server, OtlpReceiver receiver)
    {
        _server = server;
        _receiver = receiver;
        HttpEndpoint = new Uri($"http://127.0.0.1:{server.Ports[0]}/");
        GrpcEndpoint = new Uri($"http://127.0.0.1:{server.Ports[1]}/");
    }

    /// <summary>Base address for OTLP http/protobuf (as OTEL_EXPORTER_OTLP_ENDPOINT with protocol http/protobuf).</summary>
    public Uri HttpEndpoint { get; }

    /// <summary>Address for OTLP gRPC (as OTEL_EXPORTER_OTLP_ENDPOINT with protocol grpc).</summary>
    public Uri GrpcEndpoint { get; }

    public Uri HttpLogsEndpoint => new(HttpEndpoint, "v1/logs");

    public Uri HttpTracesEndpoint => new(HttpEndpoint, "v1/traces");

    public Uri HttpMetricsEndpoint => new(HttpEndpoint, "v1/metrics");

    public IReadOnlyList<ReceivedLogRecord> LogRecords => _receiver.Logs.Snapshot();

    public IReadOnlyList<ReceivedSpan> Spans => _receiver.Spans.Snapshot();

    public IReadOnlyList<ReceivedMetric> Metrics => _receiver.Metrics.Snapshot();

    /// <summary>The most recent export requests, refused ones included, oldest first.</summary>
    public IReadOnlyList<ReceivedExportRequest> Requests => _receiver.Requests.Snapshot();

    public long DroppedLogRecords => _receiver.Logs.Dropped;

    public long DroppedSpans => _receiver.Spans.Dropped;

    public long DroppedMetrics => _receiver.Metrics.Dropped;

    public static async Task<MockCollector> StartAsync(
        MockCollectorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var receiver = new OtlpReceiver(options ?? new MockCollectorOptions());
        try
        {
            var server = await LoopbackServer.StartAsync(
                [HttpProtocols.Http1, HttpProtocols.Http2],
                services =>
                {
                    services.AddSingleton(receiver);
                    services.AddGrpc();
                },
                app =>
                {
                    OtlpHttpEndpoints.Map(app, receiver);
                    app.MapGrpcService<LogsGrpcService>();
                    app.MapGrpcService<TraceGrpcService>();
                    app.MapGrpcService<MetricsGrpcService>();
                },
                cancellationToken).ConfigureAwait(false);
            return new MockCollector(server, receiver);
        }
        catch
        {
            receiver.Dispose();
            throw;
        }
    }

    /// <summary>Completes with all kept log records that match once at least <paramref name="count"/> do.</summary>
    /// <exception cref="TimeoutException">The deadline passed first; the message lists what did arrive.</exception>
    public Task<IReadOnlyList<ReceivedLogRecord>> WaitForLogRecordsAsync(
        Func<ReceivedLogRecord, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _receiver.Logs.WaitForAsync(match, count, timeout, cancellationToken);

    /// <inheritdoc cref="WaitForLogRecordsAsync"/>
    public Task<IReadOnlyList<ReceivedSpan>> WaitForSpansAsync(
        Func<ReceivedSpan, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _receiver.Spans.WaitForAsync(match, count, timeout, cancellationToken);

    /// <inheritdoc cref="WaitForLogRecordsAsync"/>
    public Task<IReadOnlyList<ReceivedMetric>> WaitForMetricsAsync(
        Func<ReceivedMetric, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _receiver.Metrics.WaitForAsync(match, count, timeout, cancellationToken);

    /// <inheritdoc cref="WaitForLogRecordsAsync"/>
    public Task<IReadOnlyList<ReceivedExportRequest>> WaitForRequestsAsync(
        Func<ReceivedExportRequest, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _receiver.Requests.WaitForAsync(match, count, timeout, cancellationToken);

    /// <summary>
    /// Answers the next <paramref name="requests"/> export requests (of <paramref name="signal"/> only, when
    /// given) with <paramref name="fault"/>. Faults apply in the order they were scheduled.
    /// </summary>
    public void FailNext(CollectorFault fault, int requests = 1, OtlpSignal? signal = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _receiver.Faults.Add(fault, requests, signal);
    }

    /// <summary>Forgets faults scheduled and not yet applied.</summary>
    public void ClearFaults() => _receiver.Faults.Clear();

    /// <summary>Forgets everything received (records, requests and the counts of evicted ones).</summary>
    public void Clear() => _receiver.Clear();

    public async ValueTask DisposeAsync()
    {
        _receiver.Stop();
        await _server.DisposeAsync().ConfigureAwait(false);
        _receiver.Dispose();
    }
}
