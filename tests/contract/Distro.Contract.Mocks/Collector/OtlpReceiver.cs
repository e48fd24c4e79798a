using Distro.Contract.Mocks.Hosting;
using Distro.Contract.Mocks.Proto.Collector.Logs.V1;
using Distro.Contract.Mocks.Proto.Collector.Metrics.V1;
using Distro.Contract.Mocks.Proto.Collector.Trace.V1;
using Google.Protobuf;

namespace Distro.Contract.Mocks.Collector;

/// <summary>
/// What both transports share once a request is decoded: apply the fault a test scheduled, keep the
/// telemetry unless the request is refused, and record the request.
/// </summary>
internal sealed class OtlpReceiver(MockCollectorOptions options) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public SignalledRecordLog<ReceivedLogRecord> Logs { get; } = new(options.Capacity, "log record");

    public SignalledRecordLog<ReceivedSpan> Spans { get; } = new(options.Capacity, "span");

    public SignalledRecordLog<ReceivedMetric> Metrics { get; } = new(options.Capacity, "metric");

    public SignalledRecordLog<ReceivedExportRequest> Requests { get; } = new(options.RequestHistory, "export request");

    public FaultSchedule<CollectorFault, OtlpSignal> Faults { get; } = new();

    /// <summary>Returns the fault to answer with, or null when the request succeeded.</summary>
    public async Task<CollectorFault?> ReceiveAsync(
        IMessage request, OtlpTransport transport, HttpContext http, DateTimeOffset arrivedAt)
    {
        var signal = SignalOf(request);
        var fault = Faults.TryTake(signal, out var scheduled) ? scheduled : null;
        if (fault is not null && fault.Delay > TimeSpan.Zero)
        {
            // Held back until the delay passes, the client gives up, or the collector stops.
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(fault.Delay, wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Record(signal, transport, http, request.CalculateSize(), 0, fault, "abandoned during the delay", arrivedAt);
                throw;
            }
        }

        var rejected = fault is { Rejects: true };
        var itemCount = rejected ? 0 : Keep(request, transport, arrivedAt);
        Record(signal, transport, http, request.CalculateSize(), itemCount, fault, rejected ? fault!.ToString() : null, arrivedAt);
        return rejected ? fault : null;
    }

    /// <summary>Records a request refused before it could be decoded.</summary>
    public void RecordUnreadable(OtlpSignal signal, HttpContext http, string reason, DateTimeOffset arrivedAt) =>
        Record(signal, OtlpTransport.Http, http, messageBytes: 0, itemCount: 0, fault: null, reason, arrivedAt);

    public void Clear()
    {
        Logs.Clear();
        Spans.Clear();
        Metrics.Clear();
        Requests.Clear();
    }

    /// <summary>Releases requests held back by a delay so that the server can stop at once.</summary>
    public void Stop() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();

    private static OtlpSignal SignalOf(IMessage request) => request switch
    {
        ExportLogsServiceRequest => OtlpSignal.Logs,
        ExportTraceServiceRequest => OtlpSignal.Traces,
        ExportMetricsServiceRequest => OtlpSignal.Metrics,
        _ => throw new ArgumentException($"Not an OTLP export request: {request.Descriptor.FullName}", nameof(request)),
    };

    private int Keep(IMessage request, OtlpTransport transport, DateTimeOffset receivedAt)
    {
        switch (request)
        {
            case ExportLogsServiceRequest logs:
                return KeepIn(Logs, LogRecordDecoder.Decode(logs, transport, receivedAt));
            case ExportTraceServiceRequest traces:
                return KeepIn(Spans, SpanDecoder.Decode(traces, transport, receivedAt));
            case ExportMetricsServiceRequest metrics:
                return KeepIn(Metrics, MetricDecoder.Decode(metrics, transport, receivedAt));
            default:
                throw new ArgumentException($"Not an OTLP export request: {request.Descriptor.FullName}", nameof(request));
        }
    }

    private static int KeepIn<T>(SignalledRecordLog<T> log, IReadOnlyList<T> items)
        where T : notnull
    {
        log.AddRange(items);
        return items.Count;
    }

    private void Record(
        OtlpSignal signal,
        OtlpTransport transport,
        HttpContext http,
        int messageBytes,
        int itemCount,
        CollectorFault? fault,
        string? rejection,
        DateTimeOffset arrivedAt) =>
        Requests.Add(new ReceivedExportRequest
        {
            Signal = signal,
            Transport = transport,
            Path = http.Request.Path,
            Headers = HeaderSnapshot.Of(http.Request.Headers),
            MessageBytes = messageBytes,
            ItemCount = itemCount,
            Fault = fault,
            Rejection = rejection,
            ReceivedAt = arrivedAt,
        });
}
