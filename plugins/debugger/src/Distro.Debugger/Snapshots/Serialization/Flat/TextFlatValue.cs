using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Flat;

/// <summary>A <see cref="string"/> field, written as <see cref="TextValue"/> writes it when its text needs no escaping.</summary>
internal sealed class TextFlatValue(FieldInfo field, TypeMetadata metadata, bool compile) : FlatValue
{
    // Room for the end of a cut text: ","truncated":true,"size": and an int.
    private const int TruncationBytes = 48;

    private readonly Func<object, string?> _read = FieldReader.For<string?>(field, compile);
    private readonly byte[] _textPrefix = [.. "{\"type\":\""u8, .. metadata.EncodedName.EncodedUtf8Bytes, .. "\",\"value\":\""u8];
    private readonly byte[] _nullValue = [.. "{\"type\":\""u8, .. metadata.EncodedName.EncodedUtf8Bytes, .. "\",\"is_null\":true}"u8];

    // Three UTF-8 bytes at most per UTF-16 character.
    public override long MaxLength(int maxStringLength) => _textPrefix.Length + ((long)maxStringLength * 3) + TruncationBytes;

    public override bool TryFormat(object instance, Span<byte> json, ref int position, int maxStringLength)
    {
        var text = _read(instance);
        if (text is null)
        {
            _nullValue.CopyTo(json[position..]);
            position += _nullValue.Length;
            return true;
        }

        // Cut as TextValue cuts, with the full size when cut.
        var cut = TextValue.CutLength(text, maxStringLength);

        var end = position;
        _textPrefix.CopyTo(json[end..]);
        end += _textPrefix.Length;
        var utf8 = json[end..];
        if (Utf8.FromUtf16(text.AsSpan(0, cut), utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done
            || JavaScriptEncoder.UnsafeRelaxedJsonEscaping.FindFirstCharacterToEncodeUtf8(utf8[..written]) >= 0)
        {
            return false;
        }

        end += written;
        json[end++] = (byte)'"';
        if (cut < text.Length)
        {
            var truncation = ",\"truncated\":true,\"size\":"u8;
            truncation.CopyTo(json[end..]);
            end += truncation.Length;
            text.Length.TryFormat(json[end..], out var sizeLength, provider: CultureInfo.InvariantCulture);
            end += sizeLength;
        }

        json[end++] = (byte)'}';
        position = end;
        return true;
    }
}
