using System.Buffers.Text;
using System.Globalization;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// A decimal's invariant text, exactly as <see cref="decimal.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
/// writes it without a format: every digit of its integer with its scale (<c>1.250</c> for <c>1.250m</c>). The decimals
/// of real objects (prices, amounts, rates) mostly fit in 64 bits; those are written from their integer and scale at
/// a fraction of the general formatter's cost, and the rest go through it.
/// </summary>
internal static class DecimalText
{
    // A 64-bit integer has at most 20 digits.
    private const int MaxDigits = 20;

    public static bool TryFormat(decimal value, Span<byte> destination, out int written)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        if (bits[2] != 0 || magnitude == 0)
        {
            // Wider than 64 bits, or a zero, whose sign the general formatter decides.
            return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        }

        Span<byte> digits = stackalloc byte[MaxDigits];
        Utf8Formatter.TryFormat(magnitude, digits, out var digitCount);
        var negative = bits[3] < 0;
        var scale = (int)value.Scale;
        var integerDigits = digitCount - scale;
        var length = (negative ? 1 : 0) + Math.Max(integerDigits, 1) + (scale > 0 ? 1 + scale : 0);
        written = 0;
        if (length > destination.Length)
        {
            return false;
        }

        var position = 0;
        if (negative)
        {
            destination[position++] = (byte)'-';
        }

        if (integerDigits > 0)
        {
            digits[..integerDigits].CopyTo(destination[position..]);
            position += integerDigits;
        }
        else
        {
            destination[position++] = (byte)'0';
        }

        if (scale > 0)
        {
            destination[position++] = (byte)'.';
            if (integerDigits < 0)
            {
                destination.Slice(position, -integerDigits).Fill((byte)'0');
                position -= integerDigits;
            }

            digits[Math.Max(integerDigits, 0)..digitCount].CopyTo(destination[position..]);
        }

        written = length;
        return true;
    }
}
