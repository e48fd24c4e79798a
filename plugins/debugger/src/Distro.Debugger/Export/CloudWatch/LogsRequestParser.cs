namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// Reads an <c>ExportLogsServiceRequest</c> down to its log records without decoding them:
/// <c>resource_logs</c> (field 1) → <c>scope_logs</c> (field 2) → <c>log_records</c> (field 2).
/// </summary>
internal static class LogsRequestParser
{
    public const int ResourceLogsField = 1;
    public const int ScopeLogsField = 2;
    public const int LogRecordsField = 2;

    /// <exception cref="FormatException">The bytes are not such a request.</exception>
    public static IReadOnlyList<ResourceBlock> Parse(ReadOnlyMemory<byte> request)
    {
        var resources = new List<ResourceBlock>();
        var reader = new ProtoFieldReader(request);
        while (reader.TryRead(out var field))
        {
            if (field.Number == ResourceLogsField)
            {
                resources.Add(ParseResource(Payload(field)));
            }
        }

        return resources;
    }

    private static ResourceBlock ParseResource(ReadOnlyMemory<byte> resourceLogs)
    {
        var header = new List<ReadOnlyMemory<byte>>();
        var scopes = new List<ScopeBlock>();
        var reader = new ProtoFieldReader(resourceLogs);
        while (reader.TryRead(out var field))
        {
            if (field.Number == ScopeLogsField)
            {
                scopes.Add(ParseScope(Payload(field)));
            }
            else
            {
                header.Add(field.Encoded);
            }
        }

        return new ResourceBlock(Concat(header), scopes);
    }

    private static ScopeBlock ParseScope(ReadOnlyMemory<byte> scopeLogs)
    {
        var header = new List<ReadOnlyMemory<byte>>();
        var records = new List<ReadOnlyMemory<byte>>();
        var reader = new ProtoFieldReader(scopeLogs);
        while (reader.TryRead(out var field))
        {
            if (field.Number == LogRecordsField)
            {
                records.Add(Payload(field));
            }
            else
            {
                header.Add(field.Encoded);
            }
        }

        return new ScopeBlock(Concat(header), records);
    }

    private static ReadOnlyMemory<byte> Payload(ProtoField field) =>
        field.WireType == ProtoWire.LengthDelimited
            ? field.Payload
            : throw new FormatException($"Field {field.Number} is not length-delimited.");

    private static ReadOnlyMemory<byte> Concat(List<ReadOnlyMemory<byte>> pieces)
    {
        if (pieces.Count == 1)
        {
            return pieces[0];
        }

        var bytes = new byte[pieces.Sum(static p => p.Length)];
        var offset = 0;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(bytes.AsSpan(offset));
            offset += piece.Length;
        }

        return bytes;
    }
}
