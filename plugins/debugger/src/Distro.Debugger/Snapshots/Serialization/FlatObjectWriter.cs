using System.Buffers;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Metadata;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// Writes an object of a <see cref="FlatLayout"/> type as one raw JSON value: byte for byte what the walker writes
/// field by field, at a fraction of the writer calls. It declines, having written nothing, wherever the general path
/// has something to decide: more fields than the limit, a redacted name or type, a field that fails to read, text that
/// needs escaping, or a time budget that runs out.
/// </summary>
internal static class FlatObjectWriter
{
    public static bool TryWrite(
        Utf8JsonWriter writer, FlatLayout layout, JsonEncodedText typeName, object instance, CaptureLimits limits, RedactionPolicy redaction, CaptureBudget budget)
    {
        var fields = layout.Fields;
        if (fields.Count > limits.MaxFieldsPerObject || layout.HasRedactedFieldUnder(redaction))
        {
            return false;
        }

        var maxStringLength = Math.Max(0, limits.MaxStringLength);
        long capacity = typeName.EncodedUtf8Bytes.Length + 32;
        foreach (var field in fields)
        {
            capacity += field.PropertyName.Length + 1 + field.Value.MaxLength(maxStringLength);
        }

        if (capacity > Array.MaxLength)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)capacity);
        try
        {
            var length = Format(buffer, layout, typeName, instance, maxStringLength, budget);
            if (length < 0)
            {
                return false;
            }

            writer.WriteRawValue(buffer.AsSpan(0, length), skipInputValidation: true);
            return true;
        }
        catch (Exception)
        {
            // A field that fails to read: the general path reads it again and writes the error.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The length of the value formatted into <paramref name="json"/>, or -1 to decline.</summary>
    private static int Format(Span<byte> json, FlatLayout layout, JsonEncodedText typeName, object instance, int maxStringLength, CaptureBudget budget)
    {
        var position = 0;
        Append(json, ref position, "{\"type\":\""u8);
        Append(json, ref position, typeName.EncodedUtf8Bytes);
        Append(json, ref position, "\",\"fields\":{"u8);
        var fields = layout.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (budget.ShouldStop())
            {
                return -1;
            }

            if (i > 0)
            {
                json[position++] = (byte)',';
            }

            var field = fields[i];
            Append(json, ref position, field.PropertyName);
            if (!field.Value.TryFormat(instance, json, ref position, maxStringLength))
            {
                return -1;
            }
        }

        Append(json, ref position, "}}"u8);
        return position;
    }

    private static void Append(Span<byte> json, ref int position, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(json[position..]);
        position += bytes.Length;
    }
}
