using Distro.Contract.Mocks.Proto.Collector.Logs.V1;

namespace Distro.Contract.Mocks.Collector;

/// <summary>Flattens an OTLP logs export request into received log records.</summary>
internal static class LogRecordDecoder
{
    public static IReadOnlyList<ReceivedLogRecord> Decode(
        ExportLogsServiceRequest request, OtlpTransport transport, DateTimeOffset receivedAt)
    {
        var records = new List<ReceivedLogRecord>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var resource = OtlpValues.ToDictionary(resourceLogs.Resource?.Attributes ?? []);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                foreach (var log in scopeLogs.LogRecords)
                {
                    records.Add(new ReceivedLogRecord
                    {
                        Transport = transport,
                        ResourceAttributes = resource,
                        ScopeName = scopeLogs.Scope?.Name ?? string.Empty,
                        ScopeVersion = scopeLogs.Scope?.Version ?? string.Empty,
                        EventName = log.EventName,
                        SeverityNumber = (int)log.SeverityNumber,
                        SeverityText = log.SeverityText,
                        Body = OtlpValues.BodyText(log.Body),
                        BodyValue = OtlpValues.ToClr(log.Body),
                        Attributes = OtlpValues.ToDictionary(log.Attributes),
                        TraceId = OtlpValues.Hex(log.TraceId),
                        SpanId = OtlpValues.Hex(log.SpanId),
                        Flags = log.Flags,
                        TimeUnixNano = log.TimeUnixNano,
                        ObservedTimeUnixNano = log.ObservedTimeUnixNano,
                        ReceivedAt = receivedAt,
                    });
                }
            }
        }

        return records;
    }
}
