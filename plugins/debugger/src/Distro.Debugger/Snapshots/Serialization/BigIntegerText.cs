using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// Writes a BigInteger's value. Up to <see cref="MaxDecimalBits"/> bits it is the invariant decimal text; beyond,
/// decimal formatting takes time quadratic in the size, so the value is the leading hexadecimal digits
/// (<c>0x1F3A...</c>, cut to the string limit) computed from a shift, with the full hexadecimal length as size.
/// </summary>
internal static class BigIntegerText
{
    public const int MaxDecimalBits = 1024;

    // 1024 bits have at most 309 decimal digits, plus a sign.
    private const int DecimalBufferLength = 320;

    public static void Write(Utf8JsonWriter writer, BigInteger value, int maxStringLength)
    {
        var magnitude = BigInteger.Abs(value);
        var bits = magnitude.GetBitLength();
        if (bits <= MaxDecimalBits)
        {
            Span<char> text = stackalloc char[DecimalBufferLength];
            value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
            TextValue.Write(writer, text[..written], maxStringLength);
            return;
        }

        var prefix = value.Sign < 0 ? "-0x" : "0x";
        var hexDigits = (bits + 3) / 4;
        var kept = (int)Math.Min(hexDigits, Math.Max(1, maxStringLength - prefix.Length));
        var leading = magnitude >> (int)((hexDigits - kept) * 4);

        Span<char> buffer = stackalloc char[kept + prefix.Length + 1];
        prefix.CopyTo(buffer);
        leading.TryFormat(buffer[prefix.Length..], out var digits, "x", CultureInfo.InvariantCulture);

        // "x" adds a leading 0 when the top digit is 8 or more, to keep the number positive.
        var hex = buffer.Slice(prefix.Length, digits);
        if (digits > kept)
        {
            hex[1..].CopyTo(hex);
        }

        TextValue.Write(writer, buffer[..(prefix.Length + kept)], maxStringLength, prefix.Length + hexDigits);
    }
}
