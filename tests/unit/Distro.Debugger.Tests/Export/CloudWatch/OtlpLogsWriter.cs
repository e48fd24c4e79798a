using System.Buffers.Binary;
using System.Text;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>Encodes test <c>ExportLogsServiceRequest</c>s: each record carries a sequence number attribute and a body of a chosen size.</summary>
internal static class OtlpLogsWriter
{
    public static byte[] Request(params TestResource[] resources)
    {
        using var request = new MemoryStream();
        foreach (var resource in resources)
        {
            using var resourceLogs = new MemoryStream();
            WriteBytes(resourceLogs, 1, Message(1, KeyValue("service.name", StringValue(resource.ServiceName))));
            foreach (var scope in resource.Scopes)
            {
                using var scopeLogs = new MemoryStream();
                WriteBytes(scopeLogs, 1, Message(1, Encoding.UTF8.GetBytes(scope.Name)));
                foreach (var record in scope.Records)
                {
                    WriteBytes(scopeLogs, 2, LogRecord(record));
                }

                WriteBytes(resourceLogs, 2, scopeLogs.ToArray());
            }

            WriteBytes(resourceLogs, 3, Encoding.UTF8.GetBytes("https://opentelemetry.io/schemas/1.30.0"));
            WriteBytes(request, 1, resourceLogs.ToArray());
        }

        return request.ToArray();
    }

    private static byte[] LogRecord(TestRecord record)
    {
        using var logRecord = new MemoryStream();
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(time, 1_700_000_000_000_000_000UL + (ulong)record.Sequence);
        logRecord.WriteByte((1 << 3) | 1);
        logRecord.Write(time);
        WriteBytes(logRecord, 5, StringValue(new string('x', record.BodyLength)));
        WriteBytes(logRecord, 6, KeyValue("seq", IntValue(record.Sequence)));
        return logRecord.ToArray();
    }

    private static byte[] KeyValue(string key, byte[] anyValue)
    {
        using var keyValue = new MemoryStream();
        WriteBytes(keyValue, 1, Encoding.UTF8.GetBytes(key));
        WriteBytes(keyValue, 2, anyValue);
        return keyValue.ToArray();
    }

    private static byte[] StringValue(string text) => Message(1, Encoding.UTF8.GetBytes(text));

    private static byte[] IntValue(long value)
    {
        using var anyValue = new MemoryStream();
        anyValue.WriteByte(3 << 3);
        WriteVarint(anyValue, (ulong)value);
        return anyValue.ToArray();
    }

    private static byte[] Message(int field, byte[] payload)
    {
        using var message = new MemoryStream();
        WriteBytes(message, field, payload);
        return message.ToArray();
    }

    private static void WriteBytes(Stream stream, int field, byte[] payload)
    {
        WriteVarint(stream, (ulong)((field << 3) | 2));
        WriteVarint(stream, (ulong)payload.Length);
        stream.Write(payload);
    }

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
