namespace Distro.Debugger.Tests.Export.Otlp;

// What OtlpLogsRequest decodes: the parts of an OTLP logs request that the tests assert on.
internal sealed record OtlpLogRecord(
    ulong TimeUnixNano,
    ulong ObservedTimeUnixNano,
    int SeverityNumber,
    string? SeverityText,
    object? Body,
    IReadOnlyList<KeyValuePair<string, object?>> Attributes,
    uint Flags,
    byte[] TraceId,
    byte[] SpanId,
    string? EventName);

internal sealed record OtlpScopeLogs(string? ScopeName, IReadOnlyList<OtlpLogRecord> LogRecords);

internal sealed record OtlpResourceLogs(IReadOnlyList<KeyValuePair<string, object?>> ResourceAttributes, IReadOnlyList<OtlpScopeLogs> ScopeLogs);
