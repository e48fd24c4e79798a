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
    // {"type":"","fields":{}} and some room.
    private const int EnvelopeLength = 32;

    public static bool TryWrite(
        Utf8JsonWriter writer, FlatLayout layout, JsonEncodedText typeName, object instance, CaptureLimits limits, RedactionPolicy redaction, CaptureBudget budget)
    {
        if (!CanWrite(layout, limits, redaction))
        {
            return false;
        }

        var maxStringLength = Math.Max(0, limits.MaxStringLength);
        var capacity = MaxLength(layout, typeName, maxStringLength);
        if (capacity > Array.MaxLength)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)capacity);
        try
        {
            var length = 0;
            if (!TryFormat(buffer, ref length, layout, typeName, instance, maxStringLength, budget))
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

    /// <summary>Whether objects of <paramref name="layout"/> can be written in one piece under these limits and this policy.</summary>
    public static bool CanWrite(FlatLayout layout, CaptureLimits limits, RedactionPolicy redaction) =>
        layout.Fields.Length <= limits.MaxFieldsPerObject && !layout.HasRedactedFieldUnder(redaction);

    /// <summary>The most bytes <see cref="TryFormat"/> writes for one object.</summary>
    public static long MaxLength(FlatLayout layout, JsonEncodedText typeName, int maxStringLength) =>
        typeName.EncodedUtf8Bytes.Length + EnvelopeLength + layout.FieldsMaxLength(maxStringLength);

    /// <summary>
    /// Formats <paramref name="instance"/> at <paramref name="position"/>, which moves past it; false to decline.
    /// Throws what a field's read throws.
    /// </summary>
    public static bool TryFormat(
        Span<byte> json, ref int position, FlatLayout layout, JsonEncodedText typeName, object instance, int maxStringLength, CaptureBudget budget)
    {
        var end = position;
        Append(json, ref end, "{\"type\":\""u8);
        Append(json, ref end, typeName.EncodedUtf8Bytes);
        Append(json, ref end, "\",\"fields\":{"u8);
        var fields = layout.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (budget.ShouldStop())
            {
                return false;
            }

            if (i > 0)
            {
                json[end++] = (byte)',';
            }

            var field = fields[i];
            Append(json, ref end, field.PropertyName);
            if (!field.Value.TryFormat(instance, json, ref end, maxStringLength))
            {
                return false;
            }
        }

        Append(json, ref end, "}}"u8);
        position = end;
        return true;
    }

    public static void Append(Span<byte> json, ref int position, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(json[position..]);
        position += bytes.Length;
    }
}
