using System.Diagnostics;

namespace Distro.Debugger.Export;

/// <summary>One snapshot, ready to send as one OTLP log record.</summary>
/// <remarks>
/// <para><c>Timestamp</c>: when the snapshot was taken; it becomes the log record's time.</para>
/// <para><c>TraceId</c>, <c>SpanId</c>, <c>TraceFlags</c>: the trace context captured when the probed method was
/// entered; default ids mean the snapshot belongs to no trace.</para>
/// <para><c>Attributes</c>: the log record's attributes (<c>aws.di.*</c>, <c>code.*</c>, <c>exception.*</c>) with
/// string, long, double or bool values.</para>
/// <para><c>Body</c>: the UTF-8 JSON text of the snapshot body.</para>
/// </remarks>
internal sealed record Snapshot(
    DateTimeOffset Timestamp,
    ActivityTraceId TraceId,
    ActivitySpanId SpanId,
    ActivityTraceFlags TraceFlags,
    IReadOnlyList<KeyValuePair<string, object?>> Attributes,
    ReadOnlyMemory<byte> Body);
