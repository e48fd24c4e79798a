using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Metadata;
using Distro.Debugger.Snapshots.Serialization.Readers;

namespace Distro.Debugger.Snapshots.Serialization;

// Allow-listed collections: "elements" and "entries", the first MaxCollectionWidth of them, and "size" always.
internal ref partial struct CaptureWalker
{
    // Wrappers of wrappers are legal; following a few is enough for real code and bounds a crafted chain.
    private const int MaxWrapperHops = 4;

    private void WriteCollection(TypeMetadata metadata, JsonEncodedText typeName, object value, int depth, int collectionDepth)
    {
        if (!TryEnter(typeName, value, metadata.IsValueType, collectionDepth >= _limits.MaxCollectionDepth))
        {
            return;
        }

        try
        {
            if (!TryUnwrap(metadata, typeName, value, out var source, out var sourceMetadata))
            {
                return;
            }

            if (sourceMetadata.Elements is { } elements)
            {
                WriteElements(elements, typeName, source, depth, collectionDepth);
            }
            else if (sourceMetadata.Entries is { } entries)
            {
                WriteEntries(entries, typeName, source, depth, collectionDepth);
            }
            else
            {
                WriteNotCaptured(typeName, NotCapturedReason.NotEnumerable);
            }
        }
        finally
        {
            Leave(metadata.IsValueType);
        }
    }

    /// <summary>Finds the collection a wrapper forwards to; writes the value itself when that fails.</summary>
    private readonly bool TryUnwrap(TypeMetadata metadata, JsonEncodedText typeName, object value, out object source, out TypeMetadata sourceMetadata)
    {
        source = value;
        sourceMetadata = metadata;
        for (var hops = 0; sourceMetadata.Wrapper is { } wrapper; hops++)
        {
            object? inner;
            try
            {
                inner = hops < MaxWrapperHops ? wrapper.Unwrap(source) : null;
            }
            catch (Exception e)
            {
                WriteError(typeName, sourceMetadata.Type, e);
                return false;
            }

            if (inner is null)
            {
                WriteNotCaptured(typeName, NotCapturedReason.NotEnumerable);
                return false;
            }

            source = inner;
            sourceMetadata = TypeMetadataCache.Get(inner.GetType());
        }

        return true;
    }

    private void WriteElements(CollectionReader reader, JsonEncodedText typeName, object source, int depth, int collectionDepth)
    {
        var width = Math.Max(0, _limits.MaxCollectionWidth);
        var items = ArrayPool<object?>.Shared.Rent(width);
        try
        {
            if (!TryRead(reader, typeName, source, items.AsSpan(0, width), out var read))
            {
                return;
            }

            var elementMetadata = TypeMetadataCache.ForEveryValueOf(reader.ElementType);
            if (elementMetadata?.Flat is { } flat
                && CanExpandElements(elementMetadata, depth)
                && FlatCollectionWriter.TryWrite(_writer, typeName, elementMetadata, flat, items.AsSpan(0, read.Copied), read, _limits, _redaction, _budget))
            {
                return;
            }

            _writer.WriteStartObject();
            _writer.WriteString(CapturedValueProperties.Type, typeName);
            _writer.WriteStartArray(CapturedValueProperties.Elements);
            for (var i = 0; i < read.Copied; i++)
            {
                WriteValue(items[i], reader.ElementType, redacted: false, depth + 1, collectionDepth + 1, elementMetadata);
            }

            _writer.WriteEndArray();
            WriteSize(read);
            _writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<object?>.Shared.Return(items, clearArray: true);
        }
    }

    /// <summary>
    /// Whether <see cref="TryEnter"/> would let every element of <paramref name="elementMetadata"/>'s type in. An element
    /// of a flat type holds no references but strings, so it can never be on the path already.
    /// </summary>
    private readonly bool CanExpandElements(TypeMetadata elementMetadata, int depth) =>
        depth + 1 < _limits.MaxObjectDepth
        && _writer.CurrentDepth + 2 < _maxWriterDepth
        && (elementMetadata.IsValueType || _pathLength < _path.Length)
        && RuntimeHelpers.TryEnsureSufficientExecutionStack();

    private void WriteEntries(DictionaryReader reader, JsonEncodedText typeName, object source, int depth, int collectionDepth)
    {
        var width = Math.Max(0, _limits.MaxCollectionWidth);
        var items = ArrayPool<object?>.Shared.Rent(width * 2);
        try
        {
            var keys = items.AsSpan(0, width);
            var values = items.AsSpan(width, width);
            if (!TryRead(reader, typeName, source, keys, values, out var read))
            {
                return;
            }

            _writer.WriteStartObject();
            _writer.WriteString(CapturedValueProperties.Type, typeName);
            _writer.WriteStartArray(CapturedValueProperties.Entries);
            for (var i = 0; i < read.Copied; i++)
            {
                var key = keys[i];
                _writer.WriteStartObject();
                _writer.WritePropertyName(CapturedValueProperties.Key);
                WriteValue(key, reader.KeyType, redacted: false, depth + 1, collectionDepth + 1);
                _writer.WritePropertyName(CapturedValueProperties.Value);
                var redacted = key is string name && _redaction.IsRedactedName(name);
                WriteValue(values[i], reader.ValueType, redacted, depth + 1, collectionDepth + 1);
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
            WriteSize(read);
            _writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<object?>.Shared.Return(items, clearArray: true);
        }
    }

    private readonly bool TryRead(CollectionReader reader, JsonEncodedText typeName, object source, Span<object?> items, out CollectionRead read)
    {
        try
        {
            read = reader.Read(source, items, _budget);
        }
        catch (Exception e)
        {
            WriteError(typeName, source.GetType(), e);
            read = default;
            return false;
        }

        return IsReadable(typeName, read);
    }

    private readonly bool TryRead(
        DictionaryReader reader, JsonEncodedText typeName, object source, Span<object?> keys, Span<object?> values, out CollectionRead read)
    {
        try
        {
            read = reader.Read(source, keys, values, _budget);
        }
        catch (Exception e)
        {
            WriteError(typeName, source.GetType(), e);
            read = default;
            return false;
        }

        return IsReadable(typeName, read);
    }

    private readonly bool IsReadable(JsonEncodedText typeName, CollectionRead read)
    {
        switch (read.Status)
        {
            case CollectionReadStatus.Null:
                WriteNull(typeName, redacted: false);
                return false;
            case CollectionReadStatus.NotEnumerable:
                WriteNotCaptured(typeName, NotCapturedReason.NotEnumerable);
                return false;
            default:
                return true;
        }
    }

    private readonly void WriteSize(CollectionRead read)
    {
        if (read.Size > read.Copied)
        {
            _writer.WriteBoolean(CapturedValueProperties.Truncated, true);
        }

        _writer.WriteNumber(CapturedValueProperties.Size, read.Size);
    }
}
