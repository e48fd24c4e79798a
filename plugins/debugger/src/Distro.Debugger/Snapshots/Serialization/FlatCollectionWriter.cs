using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Metadata;
using Distro.Debugger.Snapshots.Serialization.Readers;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// Writes a collection whose elements are all objects of one <see cref="FlatLayout"/> type as one raw JSON value:
/// byte for byte what the walker writes element by element, without its per-element dispatch, buffers and writer
/// calls. It declines, having written nothing, where an element is null or of another type, where the time budget
/// runs out, and wherever <see cref="FlatObjectWriter"/> declines an element.
/// </summary>
internal static class FlatCollectionWriter
{
    // {"type":"","elements":[],"truncated":true,"size":} and an int.
    private const int EnvelopeLength = 64;

    // Beyond this the general path, which streams into the writer, costs less than a buffer of this size.
    private const int MaxBufferLength = 256 * 1024;

    public static bool TryWrite(
        Utf8JsonWriter writer,
        JsonEncodedText typeName,
        TypeMetadata elementMetadata,
        FlatLayout layout,
        ReadOnlySpan<object?> elements,
        CollectionRead read,
        CaptureLimits limits,
        RedactionPolicy redaction,
        CaptureBudget budget)
    {
        if (!FlatObjectWriter.CanWrite(layout, limits, redaction) || elementMetadata.IsRedactedBy(redaction))
        {
            return false;
        }

        var maxStringLength = Math.Max(0, limits.MaxStringLength);
        var elementName = elementMetadata.EncodedName;
        var capacity = typeName.EncodedUtf8Bytes.Length + EnvelopeLength
            + (elements.Length * (FlatObjectWriter.MaxLength(layout, elementName, maxStringLength) + 1));
        if (capacity > MaxBufferLength)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)capacity);
        try
        {
            var json = buffer.AsSpan();
            var position = 0;
            FlatObjectWriter.Append(json, ref position, "{\"type\":\""u8);
            FlatObjectWriter.Append(json, ref position, typeName.EncodedUtf8Bytes);
            FlatObjectWriter.Append(json, ref position, "\",\"elements\":["u8);
            for (var i = 0; i < elements.Length; i++)
            {
                var element = elements[i];
                if (element is null || element.GetType() != elementMetadata.Type || budget.ShouldStop())
                {
                    return false;
                }

                if (i > 0)
                {
                    json[position++] = (byte)',';
                }

                if (!FlatObjectWriter.TryFormat(json, ref position, layout, elementName, element, maxStringLength, budget))
                {
                    return false;
                }
            }

            FlatObjectWriter.Append(json, ref position, "],"u8);
            if (read.Size > read.Copied)
            {
                FlatObjectWriter.Append(json, ref position, "\"truncated\":true,"u8);
            }

            FlatObjectWriter.Append(json, ref position, "\"size\":"u8);
            read.Size.TryFormat(json[position..], out var sizeLength, provider: CultureInfo.InvariantCulture);
            position += sizeLength;
            json[position++] = (byte)'}';
            writer.WriteRawValue(json[..position], skipInputValidation: true);
            return true;
        }
        catch (Exception)
        {
            // An element whose field fails to read: the general path reads it again and writes the error.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
