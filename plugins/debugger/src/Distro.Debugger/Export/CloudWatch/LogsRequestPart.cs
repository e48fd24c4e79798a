namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// One request being filled with log records, each under its own resource and scope. Knows its exact encoded size
/// before and after adding a record, so a part never grows past the limit.
/// </summary>
internal sealed class LogsRequestPart
{
    private readonly List<ResourceEntry> _resources = [];

    // Encoded sizes of what is complete: every resource but the last, every scope of the last resource but its last.
    private long _closedResourcesSize;
    private long _closedScopesSize;
    private long _openRecordsSize;

    public bool IsEmpty => _resources.Count == 0;

    public long Size => _closedResourcesSize + (IsEmpty ? 0 : LastResourceSize);

    private ResourceEntry LastResource => _resources[^1];

    private ScopeEntry LastScope => LastResource.Scopes[^1];

    private long LastScopeSize => ProtoWire.FieldSize(LastScope.Block.Header.Length + _openRecordsSize);

    private long LastResourceSize => ProtoWire.FieldSize(LastResource.Block.Header.Length + _closedScopesSize + LastScopeSize);

    /// <summary>The encoded size this part would have with <paramref name="record"/> added.</summary>
    public long SizeWith(ResourceBlock resource, ScopeBlock scope, ReadOnlyMemory<byte> record)
    {
        var recordSize = ProtoWire.FieldSize(record.Length);
        if (IsEmpty || LastResource.Block != resource)
        {
            return Size + ProtoWire.FieldSize(resource.Header.Length + ProtoWire.FieldSize(scope.Header.Length + recordSize));
        }

        var scopesSize = LastScope.Block == scope
            ? _closedScopesSize + ProtoWire.FieldSize(scope.Header.Length + _openRecordsSize + recordSize)
            : _closedScopesSize + LastScopeSize + ProtoWire.FieldSize(scope.Header.Length + recordSize);
        return _closedResourcesSize + ProtoWire.FieldSize(resource.Header.Length + scopesSize);
    }

    public void Add(ResourceBlock resource, ScopeBlock scope, ReadOnlyMemory<byte> record)
    {
        var recordSize = ProtoWire.FieldSize(record.Length);
        if (IsEmpty || LastResource.Block != resource)
        {
            _closedResourcesSize = Size;
            _resources.Add(new ResourceEntry(resource, [new ScopeEntry(scope, [record])]));
            _closedScopesSize = 0;
            _openRecordsSize = recordSize;
        }
        else if (LastScope.Block != scope)
        {
            _closedScopesSize += LastScopeSize;
            LastResource.Scopes.Add(new ScopeEntry(scope, [record]));
            _openRecordsSize = recordSize;
        }
        else
        {
            LastScope.Records.Add(record);
            _openRecordsSize += recordSize;
        }
    }

    /// <summary>The part as an <c>ExportLogsServiceRequest</c>.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        var position = 0;
        foreach (var resource in _resources)
        {
            var scopesSize = resource.Scopes.Sum(static s => ProtoWire.FieldSize(ScopePayloadSize(s)));
            position = WriteFieldStart(bytes, position, LogsRequestParser.ResourceLogsField, resource.Block.Header.Length + scopesSize);
            position = Write(bytes, position, resource.Block.Header);
            foreach (var scope in resource.Scopes)
            {
                position = WriteFieldStart(bytes, position, LogsRequestParser.ScopeLogsField, ScopePayloadSize(scope));
                position = Write(bytes, position, scope.Block.Header);
                foreach (var record in scope.Records)
                {
                    position = WriteFieldStart(bytes, position, LogsRequestParser.LogRecordsField, record.Length);
                    position = Write(bytes, position, record);
                }
            }
        }

        return bytes;
    }

    private static long ScopePayloadSize(ScopeEntry scope) =>
        scope.Block.Header.Length + scope.Records.Sum(static r => ProtoWire.FieldSize(r.Length));

    private static int WriteFieldStart(byte[] bytes, int position, int field, long payloadSize)
    {
        bytes[position++] = ProtoWire.LengthDelimitedTag(field);
        return position + ProtoWire.WriteVarint(bytes.AsSpan(position), (ulong)payloadSize);
    }

    private static int Write(byte[] bytes, int position, ReadOnlyMemory<byte> data)
    {
        data.Span.CopyTo(bytes.AsSpan(position));
        return position + data.Length;
    }

    private sealed record ResourceEntry(ResourceBlock Block, List<ScopeEntry> Scopes);

    private sealed record ScopeEntry(ScopeBlock Block, List<ReadOnlyMemory<byte>> Records);
}
