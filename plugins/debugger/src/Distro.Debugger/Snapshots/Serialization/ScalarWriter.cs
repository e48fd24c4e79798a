using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>Writes the <c>value</c> of a scalar with the invariant culture, without allocating for fixed-size types.</summary>
internal static class ScalarWriter
{
    // The longest fixed-size text: a DateTimeOffset in "O" (33), an Int128 (40), a Version (43) or a decimal (31).
    private const int FormattableBufferLength = 64;

    private const int MaxWholeValuePrefixLength = 128;

    /// <summary>The most bytes a whole scalar value takes: its prefix, its text, and the closing <c>"}</c>.</summary>
    public const int MaxWholeValueLength = MaxWholeValuePrefixLength + FormattableBufferLength + 2;

    /// <summary>
    /// The start of a whole captured value for the scalars whose invariant text is ASCII that JSON never escapes
    /// (digits, signs, letters, <c>.</c>, <c>:</c>, <c>-</c>, <c>+</c>): booleans, and the BCL numbers, times and ids
    /// that format straight to UTF-8. Null for the others (strings, chars, enums, ...), which go through the writer.
    /// </summary>
    public static byte[]? WholeValuePrefix(Type type, string displayName, ScalarKind kind)
    {
        var formatsToUtf8 = kind == ScalarKind.Formattable && !type.IsEnum && typeof(IUtf8SpanFormattable).IsAssignableFrom(type);
        if (kind != ScalarKind.Boolean && !formatsToUtf8)
        {
            return null;
        }

        var name = JsonEncodedText.Encode(displayName, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes;
        byte[] prefix = [.. "{\"type\":\""u8, .. name, .. "\",\"value\":\""u8];
        return prefix.Length <= MaxWholeValuePrefixLength ? prefix : null;
    }

    /// <summary>
    /// Writes the whole captured value of a scalar that has a <see cref="TypeMetadata.WholeValuePrefix"/> as one raw
    /// JSON value, which costs a fraction of building it property by property. False when it cannot, having written nothing.
    /// </summary>
    public static bool TryWriteWholeValue(Utf8JsonWriter writer, TypeMetadata metadata, object value)
    {
        Span<byte> json = stackalloc byte[MaxWholeValueLength];
        if (!TryFormatWholeValue(metadata, value, json, out var written))
        {
            return false;
        }

        writer.WriteRawValue(json[..written], skipInputValidation: true);
        return true;
    }

    /// <summary>
    /// Formats the whole captured value of a scalar that has a <see cref="TypeMetadata.WholeValuePrefix"/> into
    /// <paramref name="destination"/>, which needs room for <see cref="MaxWholeValueLength"/> bytes.
    /// </summary>
    public static bool TryFormatWholeValue(TypeMetadata metadata, object value, Span<byte> destination, out int written)
    {
        if (metadata.WholeValuePrefix is not { } prefix)
        {
            written = 0;
            return false;
        }

        return metadata.Scalar == ScalarKind.Boolean
            ? TryFormatWholeBoolean(prefix, (bool)value, destination, out written)
            : TryFormatWholeValue(prefix, (IUtf8SpanFormattable)value, metadata.ScalarFormat, destination, out written);
    }

    /// <summary>
    /// <see cref="TryFormatWholeValue(TypeMetadata, object, Span{byte}, out int)"/> for a value of a known type,
    /// which a struct <typeparamref name="T"/> formats without boxing.
    /// </summary>
    public static bool TryFormatWholeValue<T>(byte[] prefix, T value, string? format, Span<byte> destination, out int written)
        where T : IUtf8SpanFormattable
    {
        written = 0;
        if (destination.Length < MaxWholeValueLength)
        {
            return false;
        }

        prefix.CopyTo(destination);
        var text = destination[prefix.Length..(MaxWholeValueLength - 2)];
        var formatted = format is null && value is decimal number
            ? DecimalText.TryFormat(number, text, out var textLength)
            : value.TryFormat(text, out textLength, format, CultureInfo.InvariantCulture);
        if (!formatted)
        {
            return false;
        }

        written = Close(destination, prefix.Length + textLength);
        return true;
    }

    public static bool TryFormatWholeBoolean(byte[] prefix, bool value, Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < MaxWholeValueLength)
        {
            return false;
        }

        prefix.CopyTo(destination);
        var literal = value ? "true"u8 : "false"u8;
        literal.CopyTo(destination[prefix.Length..]);
        written = Close(destination, prefix.Length + literal.Length);
        return true;
    }

    // Ends the text and the value: "}
    private static int Close(Span<byte> destination, int end)
    {
        destination[end] = (byte)'"';
        destination[end + 1] = (byte)'}';
        return end + 2;
    }

    public static void WriteValue(Utf8JsonWriter writer, TypeMetadata metadata, object value, int maxStringLength)
    {
        switch (metadata.Scalar)
        {
            case ScalarKind.String:
                TextValue.Write(writer, ((string)value).AsSpan(), maxStringLength);
                break;
            case ScalarKind.Boolean:
                writer.WriteString(CapturedValueProperties.Value, (bool)value ? "true" : "false");
                break;
            case ScalarKind.Char:
                var character = (char)value;
                writer.WriteString(CapturedValueProperties.Value, new ReadOnlySpan<char>(in character));
                break;
            case ScalarKind.Uri:
                TextValue.Write(writer, ((Uri)value).OriginalString, maxStringLength);
                break;
            case ScalarKind.StringBuilder:
                WriteStringBuilder(writer, (StringBuilder)value, maxStringLength);
                break;
            case ScalarKind.BigInteger:
                BigIntegerText.Write(writer, (BigInteger)value, maxStringLength);
                break;
            default:
                WriteFormattable(writer, (ISpanFormattable)value, metadata.ScalarFormat);
                break;
        }
    }

    private static void WriteFormattable(Utf8JsonWriter writer, ISpanFormattable value, string? format)
    {
        Span<char> text = stackalloc char[FormattableBufferLength];
        if (value.TryFormat(text, out var written, format, CultureInfo.InvariantCulture))
        {
            writer.WriteString(CapturedValueProperties.Value, text[..written]);
        }
        else
        {
            writer.WriteString(CapturedValueProperties.Value, value.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    // StringBuilder is sealed: copying a prefix runs BCL code only. Mutated concurrently it may throw, which the caller reports.
    private static void WriteStringBuilder(Utf8JsonWriter writer, StringBuilder builder, int maxStringLength)
    {
        var length = builder.Length;
        var prefix = builder.ToString(0, Math.Clamp(maxStringLength + 1, 0, length));
        TextValue.Write(writer, prefix, maxStringLength, length);
    }
}
