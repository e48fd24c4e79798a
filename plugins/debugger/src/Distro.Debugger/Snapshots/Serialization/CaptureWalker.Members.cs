using System.Buffers;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Metadata;
using Distro.Debugger.Snapshots.Serialization.Shapes;

namespace Distro.Debugger.Snapshots.Serialization;

// Objects, structs and the special shapes (exceptions, tasks, Lazy, ...): "fields".
internal ref partial struct CaptureWalker
{
    private void WriteMembers(TypeMetadata metadata, JsonEncodedText typeName, object value, int depth, int collectionDepth)
    {
        if (!TryEnter(typeName, value, metadata.IsValueType, depth >= _limits.MaxObjectDepth))
        {
            return;
        }

        if (metadata.Flat is { } flat && FlatObjectWriter.TryWrite(_writer, flat, typeName, value, _limits, _redaction, _budget))
        {
            Leave(metadata.IsValueType);
            return;
        }

        var capacity = Math.Max(0, _limits.MaxFieldsPerObject);
        var members = ArrayPool<MemberValue>.Shared.Rent(capacity);
        var count = capacity;
        try
        {
            int total;
            try
            {
                total = metadata.Members!.Read(value, members.AsSpan(0, capacity));
            }
            catch (Exception e)
            {
                WriteError(typeName, metadata.Type, e);
                return;
            }

            count = Math.Min(total, capacity);
            _writer.WriteStartObject();
            _writer.WriteString(CapturedValueProperties.Type, typeName);
            _writer.WriteStartObject(CapturedValueProperties.Fields);
            for (var i = 0; i < count; i++)
            {
                WriteMember(in members[i], depth, collectionDepth);
            }

            _writer.WriteEndObject();
            WriteTruncation(total, count);
            _writer.WriteEndObject();
        }
        finally
        {
            // The pool must not keep the values alive; only the part that was filled needs clearing.
            members.AsSpan(0, count).Clear();
            ArrayPool<MemberValue>.Shared.Return(members);
            Leave(metadata.IsValueType);
        }
    }

    private void WriteMember(in MemberValue member, int depth, int collectionDepth)
    {
        _writer.WritePropertyName(member.Name.Encoded);
        if (member.ReadError is { } error)
        {
            WriteError(NameOf(member.DeclaredType), member.DeclaredType, error);
            return;
        }

        WriteValue(member.Value, member.DeclaredType, member.Name.IsRedactedBy(_redaction), depth + 1, collectionDepth, member.ValueMetadata);
    }

    private readonly void WriteTruncation(int size, int written)
    {
        if (size > written)
        {
            _writer.WriteBoolean(CapturedValueProperties.Truncated, true);
            _writer.WriteNumber(CapturedValueProperties.Size, size);
        }
    }
}
