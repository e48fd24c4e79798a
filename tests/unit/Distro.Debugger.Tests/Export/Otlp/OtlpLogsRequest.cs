using System.Text;

namespace Distro.Debugger.Tests.Export.Otlp;

/// <summary>
/// Decodes an ExportLogsServiceRequest (opentelemetry/proto/collector/logs/v1) by field numbers. An AnyValue becomes
/// a string, bool, long, double, byte[] or a list of values, so a test can assert a value and its OTLP type at once.
/// </summary>
internal static class OtlpLogsRequest
{
    public static IReadOnlyList<OtlpResourceLogs> Decode(ReadOnlySpan<byte> request)
    {
        var resources = new List<OtlpResourceLogs>();
        var reader = new ProtoWireReader(request);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            if (field == 1)
            {
                resources.Add(DecodeResourceLogs(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return resources;
    }

    private static OtlpResourceLogs DecodeResourceLogs(ReadOnlySpan<byte> data)
    {
        var attributes = new List<KeyValuePair<string, object?>>();
        var scopes = new List<OtlpScopeLogs>();
        var reader = new ProtoWireReader(data);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    attributes.AddRange(DecodeResource(reader.ReadBytes()));
                    break;
                case 2:
                    scopes.Add(DecodeScopeLogs(reader.ReadBytes()));
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new OtlpResourceLogs(attributes, scopes);
    }

    private static List<KeyValuePair<string, object?>> DecodeResource(ReadOnlySpan<byte> data)
    {
        var attributes = new List<KeyValuePair<string, object?>>();
        var reader = new ProtoWireReader(data);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            if (field == 1)
            {
                attributes.Add(DecodeKeyValue(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return attributes;
    }

    private static OtlpScopeLogs DecodeScopeLogs(ReadOnlySpan<byte> data)
    {
        string? scopeName = null;
        var records = new List<OtlpLogRecord>();
        var reader = new ProtoWireReader(data);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    scopeName = DecodeScopeName(reader.ReadBytes());
                    break;
                case 2:
                    records.Add(DecodeLogRecord(reader.ReadBytes()));
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new OtlpScopeLogs(scopeName, records);
    }

    private static string? DecodeScopeName(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoWireReader(data);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            if (field == 1)
            {
                return Encoding.UTF8.GetString(reader.ReadBytes());
            }

            reader.Skip(wireType);
        }

        return null;
    }

    private static OtlpLogRecord DecodeLogRecord(ReadOnlySpan<byte> data)
    {
        ulong time = 0, observed = 0;
        var severity = 0;
        uint flags = 0;
        string? severityText = null, eventName = null;
        object? body = null;
        byte[] traceId = [], spanId = [];
        var attributes = new List<KeyValuePair<string, object?>>();
        var reader = new ProtoWireReader(data);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    time = reader.ReadFixed64();
                    break;
                case 2:
                    severity = (int)reader.ReadVarint();
                    break;
                case 3:
                    severityText = Encoding.UTF8.GetString(reader.ReadBytes());
                    break;
                case 5:
                    body = DecodeAnyValue(reader.ReadBytes());
                    break;
                case 6:
                    attributes.Add(DecodeKeyValue(reader.ReadBytes()));
                    break;
                case 8:
                    flags = reader.ReadFixed32();
                    break;
                case 9:
                    traceId = reader.ReadBytes().ToArray();
                    break;
                case 10:
                    spanId = reader.ReadBytes().ToArray();
                    break;
                case 11:
                    observed = reader.ReadFixed64();
                    break;
                case 12:
                    eventName = Encoding.UTF8.GetString(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new OtlpLogRecord(time, observed, severity, severityText, body, attributes, flags, traceId, spanId, eventName);
    }

    private static KeyValuePair<string, object?> DecodeKeyValue(ReadOnlySpan<byte> data)
    {
        var key = "";
        object? value = null;
        var reader = new ProtoWireReader(data);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    key = Encoding.UTF8.GetString(reader.ReadBytes());
                    break;
                case 2:
                    value = DecodeAnyValue(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new(key, value);
    }

    private static object? DecodeAnyValue(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoWireReader(data);
        object? value = null;
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            value = field switch
            {
                1 => Encoding.UTF8.GetString(reader.ReadBytes()),
                2 => reader.ReadVarint() != 0,
                3 => (long)reader.ReadVarint(),
                4 => BitConverter.UInt64BitsToDouble(reader.ReadFixed64()),
                5 => DecodeArray(reader.ReadBytes()),
                7 => reader.ReadBytes().ToArray(),
                _ => SkipAndKeep(ref reader, wireType, value),
            };
        }

        return value;
    }

    private static object? SkipAndKeep(ref ProtoWireReader reader, int wireType, object? value)
    {
        reader.Skip(wireType);
        return value;
    }

    private static List<object?> DecodeArray(ReadOnlySpan<byte> data)
    {
        var values = new List<object?>();
        var reader = new ProtoWireReader(data);
        while (!reader.AtEnd)
        {
            var (field, wireType) = reader.ReadTag();
            if (field == 1)
            {
                values.Add(DecodeAnyValue(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return values;
    }
}
