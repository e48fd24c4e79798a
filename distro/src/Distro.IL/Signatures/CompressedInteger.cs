namespace Distro.IL.Signatures;

/// <summary>ECMA-335 II.23.2 compressed integers: 1, 2 or 4 bytes, big-endian, the length given by the top bits of the first byte.</summary>
public static class CompressedInteger
{
    public const int MaxUnsigned = 0x1FFFFFFF;
    public const int MinSigned = -0x10000000;
    public const int MaxSigned = 0x0FFFFFFF;
    public const int MaxLength = 4;

    /// <summary>Reads an unsigned compressed integer at <paramref name="position"/> and moves past it.</summary>
    public static int ReadUnsigned(ReadOnlySpan<byte> blob, ref int position)
    {
        var (encoded, length) = Peek(blob, position);
        position += length;
        return encoded;
    }

    /// <summary>Reads a signed compressed integer (sign bit rotated into the lowest bit) at <paramref name="position"/> and moves past it.</summary>
    public static int ReadSigned(ReadOnlySpan<byte> blob, ref int position)
    {
        var (encoded, length) = Peek(blob, position);
        position += length;
        var magnitude = encoded >> 1;
        return (encoded & 1) == 0 ? magnitude : magnitude - (1 << (PayloadBits(length) - 1));
    }

    /// <summary>Writes <paramref name="value"/> (0 to <see cref="MaxUnsigned"/>) and returns the number of bytes written.</summary>
    public static int WriteUnsigned(int value, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxUnsigned);
        var length = value <= 0x7F ? 1 : value <= 0x3FFF ? 2 : 4;
        return Write(value, length, destination);
    }

    /// <summary>Writes <paramref name="value"/> (<see cref="MinSigned"/> to <see cref="MaxSigned"/>) and returns the number of bytes written.</summary>
    public static int WriteSigned(int value, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, MinSigned);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxSigned);
        var length = value is >= -0x40 and <= 0x3F ? 1 : value is >= -0x2000 and <= 0x1FFF ? 2 : 4;
        var payloadMask = (1 << PayloadBits(length)) - 1;
        var rotated = ((value << 1) | (value < 0 ? 1 : 0)) & payloadMask;
        return Write(rotated, length, destination);
    }

    private static (int Encoded, int Length) Peek(ReadOnlySpan<byte> blob, int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        if (position >= blob.Length)
        {
            throw new InvalidSignatureException("Expected a compressed integer but the signature ended", position);
        }

        var first = blob[position];
        var length = (first & 0x80) == 0 ? 1 : (first & 0xC0) == 0x80 ? 2 : (first & 0xE0) == 0xC0 ? 4 : 0;
        if (length == 0)
        {
            throw new InvalidSignatureException($"0x{first:X2} cannot start a compressed integer", position);
        }

        if (blob.Length - position < length)
        {
            throw new InvalidSignatureException($"The signature ends inside a {length}-byte compressed integer", position);
        }

        var encoded = length switch
        {
            1 => first,
            2 => ((first & 0x3F) << 8) | blob[position + 1],
            _ => ((first & 0x1F) << 24) | (blob[position + 1] << 16) | (blob[position + 2] << 8) | blob[position + 3],
        };
        return (encoded, length);
    }

    private static int PayloadBits(int length) => length switch
    {
        1 => 7,
        2 => 14,
        _ => 29,
    };

    private static int Write(int payload, int length, Span<byte> destination)
    {
        if (destination.Length < length)
        {
            throw new ArgumentException($"The destination needs {length} bytes.", nameof(destination));
        }

        switch (length)
        {
            case 1:
                destination[0] = (byte)payload;
                break;
            case 2:
                destination[0] = (byte)(0x80 | (payload >> 8));
                destination[1] = (byte)payload;
                break;
            default:
                destination[0] = (byte)(0xC0 | (payload >> 24));
                destination[1] = (byte)(payload >> 16);
                destination[2] = (byte)(payload >> 8);
                destination[3] = (byte)payload;
                break;
        }

        return length;
    }
}
