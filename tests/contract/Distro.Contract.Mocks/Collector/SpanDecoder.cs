using System.Diagnostics;
using Distro.Contract.Mocks.Proto.Collector.Trace.V1;
using Distro.Contract.Mocks.Proto.Trace.V1;

namespace Distro.Contract.Mocks.Collector;

/// <summary>Flattens an OTLP trace export request into received spans.</summary>
internal static class SpanDecoder
{
    public static IReadOnlyList<ReceivedSpan> Decode(
        ExportTraceServiceRequest request, OtlpTransport transport, DateTimeOffset receivedAt)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = OtlpValues.ToDictionary(resourceSpans.Resource?.Attributes ?? []);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                foreach (var span in scopeSpans.Spans)
                {
                    spans.Add(new ReceivedSpan
                    {
                        Transport = transport,
                        ResourceAttributes = resource,
                        ScopeName = scopeSpans.Scope?.Name ?? string.Empty,
                        ScopeVersion = scopeSpans.Scope?.Version ?? string.Empty,
                        TraceId = OtlpValues.Hex(span.TraceId),
                        SpanId = OtlpValues.Hex(span.SpanId),
                        ParentSpanId = OtlpValues.Hex(span.ParentSpanId),
                        TraceState = span.TraceState,
                        Name = span.Name,
                        Kind = ToActivityKind(span.Kind),
                        Attributes = OtlpValues.ToDictionary(span.Attributes),
                        Events = [.. span.Events.Select(e =>
                            new ReceivedSpanEvent(e.Name, e.TimeUnixNano, OtlpValues.ToDictionary(e.Attributes)))],
                        StatusCode = (ActivityStatusCode)(int)(span.Status?.Code ?? Status.Types.StatusCode.Unset),
                        StatusMessage = span.Status?.Message ?? string.Empty,
                        Flags = span.Flags,
                        StartTimeUnixNano = span.StartTimeUnixNano,
                        EndTimeUnixNano = span.EndTimeUnixNano,
                        ReceivedAt = receivedAt,
                    });
                }
            }
        }

        return spans;
    }

    private static ActivityKind? ToActivityKind(Span.Types.SpanKind kind) => kind switch
    {
        Span.Types.SpanKind.Internal => ActivityKind.Internal,
        Span.Types.SpanKind.Server => ActivityKind.Server,
        Span.Types.SpanKind.Client => ActivityKind.Client,
        Span.Types.SpanKind.Producer => ActivityKind.Producer,
        Span.Types.SpanKind.Consumer => ActivityKind.Consumer,
        _ => null,
    };
}
