using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>Writes the <c>value</c> of a scalar with the invariant culture, without allocating for fixed-size types.</summary>
internal static class ScalarWriter
{
    // The longest fixed-size text: a DateTimeOffset in "O" (33), an Int128 (40), a Version (43) or a decimal (31).
    private const int FormattableBufferLength = 64;

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
