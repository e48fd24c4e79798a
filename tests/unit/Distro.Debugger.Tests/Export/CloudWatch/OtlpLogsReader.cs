using System.Text;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>Decodes the parts of an <c>ExportLogsServiceRequest</c> that the tests check, independently of the code under test.</summary>
internal static class OtlpLogsReader
{
    public static IReadOnlyList<DecodedLogRecord> Records(byte[] request)
    {
        var records = new List<DecodedLogRecord>();
        foreach (var resourceLogs in Fields(request).Where(f => f.Number == 1))
        {
            var resourceFields = Fields(resourceLogs.Bytes);
            var serviceName = resourceFields.Where(f => f.Number == 1)
                .SelectMany(resource => Attributes(resource.Bytes, 1))
                .Where(a => a.Key == "service.name")
                .Select(a => (string)a.Value)
                .Single();
            var schemaUrl = resourceFields.Where(f => f.Number == 3).Select(f => Encoding.UTF8.GetString(f.Bytes)).SingleOrDefault();
            foreach (var scopeLogs in resourceFields.Where(f => f.Number == 2))
            {
                var scopeFields = Fields(scopeLogs.Bytes);
                var scopeName = scopeFields.Where(f => f.Number == 1)
                    .SelectMany(scope => Fields(scope.Bytes).Where(f => f.Number == 1))
                    .Select(f => Encoding.UTF8.GetString(f.Bytes))
                    .Single();
                foreach (var record in scopeFields.Where(f => f.Number == 2))
                {
                    var attributes = Attributes(record.Bytes, 6).ToDictionary(a => a.Key, a => a.Value);
                    records.Add(new DecodedLogRecord(serviceName, scopeName, schemaUrl, attributes, record.Bytes.Length));
                }
            }
        }

        return records;
    }

    private static IEnumerable<KeyValuePair<string, object>> Attributes(byte[] message, int field) =>
        Fields(message).Where(f => f.Number == field).Select(keyValue =>
        {
            var parts = Fields(keyValue.Bytes);
            var key = Encoding.UTF8.GetString(parts.Single(p => p.Number == 1).Bytes);
            var value = Fields(parts.Single(p => p.Number == 2).Bytes).Single();
            return new KeyValuePair<string, object>(key, value.Number switch
            {
                1 => Encoding.UTF8.GetString(value.Bytes),
                3 => (long)value.Varint,
                _ => value.Bytes,
            });
        });

    private static List<(int Number, ulong Varint, byte[] Bytes)> Fields(byte[] message)
    {
        var fields = new List<(int, ulong, byte[])>();
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var number = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0:
                    fields.Add((number, ReadVarint(message, ref position), []));
                    break;
                case 1:
                    fields.Add((number, 0, message[position..(position + 8)]));
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    fields.Add((number, 0, message[position..(position + length)]));
                    position += length;
                    break;
                case 5:
                    fields.Add((number, 0, message[position..(position + 4)]));
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Wire type {tag & 7} in a test request.");
            }
        }

        return fields;
    }

    private static ulong ReadVarint(byte[] message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
