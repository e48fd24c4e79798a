namespace Distro.Contract.Mocks.Collector;

/// <summary>One OTLP log record as the mock collector received it, with its resource and scope.</summary>
public sealed record ReceivedLogRecord
{
    public required OtlpTransport Transport { get; init; }

    public required IReadOnlyDictionary<string, object?> ResourceAttributes { get; init; }

    public required string ScopeName { get; init; }

    public required string ScopeVersion { get; init; }

    /// <summary>The LogRecord.event_name field (not an attribute); empty when not set.</summary>
    public required string EventName { get; init; }

    public required int SeverityNumber { get; init; }

    public required string SeverityText { get; init; }

    /// <summary>A string body as it is, any other body as JSON text, null when there is none.</summary>
    public required string? Body { get; init; }

    /// <summary>The body as a .NET value (see <see cref="Attributes"/> for the mapping).</summary>
    public required object? BodyValue { get; init; }

    /// <summary>
    /// Attribute values as string, bool, long, double, byte[], IReadOnlyList&lt;object?&gt; or
    /// IReadOnlyDictionary&lt;string, object?&gt;.
    /// </summary>
    public required IReadOnlyDictionary<string, object?> Attributes { get; init; }

    /// <summary>Lowercase hex; empty when absent.</summary>
    public required string TraceId { get; init; }

    /// <summary>Lowercase hex; empty when absent.</summary>
    public required string SpanId { get; init; }

    public required uint Flags { get; init; }

    public required ulong TimeUnixNano { get; init; }

    public required ulong ObservedTimeUnixNano { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? Timestamp => OtlpValues.ToTimestamp(TimeUnixNano);

    public DateTimeOffset? ObservedTimestamp => OtlpValues.ToTimestamp(ObservedTimeUnixNano);

    public override string ToString() =>
        $"log via {Transport}: event '{EventName}', severity {SeverityNumber} '{SeverityText}', scope '{ScopeName}', " +
        $"trace {TraceId}, span {SpanId}, attributes {OtlpValues.Describe(Attributes)}, body '{OtlpValues.Describe(Body)}', " +
        $"resource {OtlpValues.Describe(ResourceAttributes)}";
}
