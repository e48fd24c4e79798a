using System.Diagnostics;

namespace Distro.Contract.Mocks.Collector;

/// <summary>One OTLP span as the mock collector received it, with its resource and scope.</summary>
public sealed record ReceivedSpan
{
    public required OtlpTransport Transport { get; init; }

    public required IReadOnlyDictionary<string, object?> ResourceAttributes { get; init; }

    public required string ScopeName { get; init; }

    public required string ScopeVersion { get; init; }

    /// <summary>Lowercase hex.</summary>
    public required string TraceId { get; init; }

    /// <summary>Lowercase hex.</summary>
    public required string SpanId { get; init; }

    /// <summary>Lowercase hex; empty for a root span.</summary>
    public required string ParentSpanId { get; init; }

    public required string TraceState { get; init; }

    public required string Name { get; init; }

    /// <summary>The OTLP span kind in .NET terms; null when the span left it unspecified.</summary>
    public required ActivityKind? Kind { get; init; }

    public required IReadOnlyDictionary<string, object?> Attributes { get; init; }

    public required IReadOnlyList<ReceivedSpanEvent> Events { get; init; }

    public required ActivityStatusCode StatusCode { get; init; }

    public required string StatusMessage { get; init; }

    public required uint Flags { get; init; }

    public required ulong StartTimeUnixNano { get; init; }

    public required ulong EndTimeUnixNano { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public override string ToString() =>
        $"span via {Transport}: '{Name}' {Kind}, scope '{ScopeName}', trace {TraceId}, span {SpanId}, parent {ParentSpanId}, " +
        $"status {StatusCode}, attributes {OtlpValues.Describe(Attributes)}";
}
