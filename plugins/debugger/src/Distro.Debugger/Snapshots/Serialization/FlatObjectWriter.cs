using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
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
    // Room for the end of a cut text: ","truncated":true,"size": and an int.
    private const int TruncationBytes = 48;

    public static bool TryWrite(
        Utf8JsonWriter writer, FlatLayout layout, JsonEncodedText typeName, object instance, CaptureLimits limits, RedactionPolicy redaction, CaptureBudget budget)
    {
        var fields = layout.Fields;
        if (fields.Count > limits.MaxFieldsPerObject)
        {
            return false;
        }

        var maxStringLength = Math.Max(0, limits.MaxStringLength);
        long capacity = typeName.EncodedUtf8Bytes.Length + 32;
        foreach (var field in fields)
        {
            if (field.Slot.Name.IsRedactedBy(redaction) || field.ValueMetadata.IsRedactedBy(redaction))
            {
                return false;
            }

            capacity += field.PropertyName.Length + 1 + (field.ValueMetadata.WholeValuePrefix is null
                ? field.TextPrefix.Length + ((long)maxStringLength * 3) + TruncationBytes
                : ScalarWriter.MaxWholeValueLength);
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
            var field = fields[i];
            if (budget.ShouldStop() || !TryRead(field, instance, out var value))
            {
                return -1;
            }

            if (i > 0)
            {
                json[position++] = (byte)',';
            }

            Append(json, ref position, field.PropertyName);
            if (!TryFormatValue(json, ref position, field, value, maxStringLength))
            {
                return -1;
            }
        }

        Append(json, ref position, "}}"u8);
        return position;
    }

    private static bool TryRead(FlatField field, object instance, out object? value)
    {
        try
        {
            value = field.Slot.Field.GetValue(instance);
            return true;
        }
        catch (Exception)
        {
            // The general path reads it again and writes the error.
            value = null;
            return false;
        }
    }

    private static bool TryFormatValue(Span<byte> json, ref int position, FlatField field, object? value, int maxStringLength)
    {
        if (field.ValueMetadata.WholeValuePrefix is not null)
        {
            if (value is null || value.GetType() != field.ValueMetadata.Type
                || !ScalarWriter.TryFormatWholeValue(field.ValueMetadata, value, json[position..], out var written))
            {
                return false;
            }

            position += written;
            return true;
        }

        switch (value)
        {
            case null:
                Append(json, ref position, field.NullValue);
                return true;
            case string text:
                return TryFormatText(json, ref position, field, text, maxStringLength);
            default:
                return false;
        }
    }

    /// <summary>As <see cref="TextValue"/> writes it: cut at the limit (never inside a surrogate pair), with the full size when cut.</summary>
    private static bool TryFormatText(Span<byte> json, ref int position, FlatField field, string text, int maxStringLength)
    {
        var cut = Math.Min(maxStringLength, text.Length);
        if (cut < text.Length && cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        Append(json, ref position, field.TextPrefix);
        var utf8 = json[position..];
        if (Utf8.FromUtf16(text.AsSpan(0, cut), utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done
            || JavaScriptEncoder.UnsafeRelaxedJsonEscaping.FindFirstCharacterToEncodeUtf8(utf8[..written]) >= 0)
        {
            return false;
        }

        position += written;
        json[position++] = (byte)'"';
        if (cut < text.Length)
        {
            Append(json, ref position, ",\"truncated\":true,\"size\":"u8);
            text.Length.TryFormat(json[position..], out var sizeLength, provider: CultureInfo.InvariantCulture);
            position += sizeLength;
        }

        json[position++] = (byte)'}';
        return true;
    }

    private static void Append(Span<byte> json, ref int position, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(json[position..]);
        position += bytes.Length;
    }
}
