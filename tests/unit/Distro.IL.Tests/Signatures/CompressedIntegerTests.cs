using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class CompressedIntegerTests
{
    // ECMA-335 II.23.2 examples plus the edges of each length.
    public static TheoryData<int, byte[]> UnsignedEncodings => new()
    {
        { 0x00, [0x00] },
        { 0x03, [0x03] },
        { 0x7F, [0x7F] },
        { 0x80, [0x80, 0x80] },
        { 0x2E57, [0xAE, 0x57] },
        { 0x3FFF, [0xBF, 0xFF] },
        { 0x4000, [0xC0, 0x00, 0x40, 0x00] },
        { 0x1FFFFFFF, [0xDF, 0xFF, 0xFF, 0xFF] },
    };

    public static TheoryData<int, byte[]> SignedEncodings => new()
    {
        { 0, [0x00] },
        { 3, [0x06] },
        { -3, [0x7B] },
        { -1, [0x7F] },
        { 63, [0x7E] },
        { -64, [0x01] },
        { 64, [0x80, 0x80] },
        { -65, [0xBF, 0x7F] },
        { 8191, [0xBF, 0xFE] },
        { -8192, [0x80, 0x01] },
        { 8192, [0xC0, 0x00, 0x40, 0x00] },
        { -8193, [0xDF, 0xFF, 0xBF, 0xFF] },
        { 268435455, [0xDF, 0xFF, 0xFF, 0xFE] },
        { -268435456, [0xC0, 0x00, 0x00, 0x01] },
    };

    [Theory]
    [MemberData(nameof(UnsignedEncodings))]
    public void WriteUnsigned_Value_WritesEcmaEncoding(int value, byte[] expected)
    {
        var buffer = new byte[CompressedInteger.MaxLength];

        var length = CompressedInteger.WriteUnsigned(value, buffer);

        Assert.Equal(expected, buffer[..length]);
    }

    [Theory]
    [MemberData(nameof(UnsignedEncodings))]
    public void ReadUnsigned_EcmaEncoding_ReturnsValueAndAdvances(int expected, byte[] encoding)
    {
        byte[] blob = [0xAA, .. encoding, 0xBB];
        var position = 1;

        var value = CompressedInteger.ReadUnsigned(blob, ref position);

        Assert.Equal(expected, value);
        Assert.Equal(1 + encoding.Length, position);
    }

    [Theory]
    [MemberData(nameof(SignedEncodings))]
    public void WriteSigned_Value_WritesEcmaEncoding(int value, byte[] expected)
    {
        var buffer = new byte[CompressedInteger.MaxLength];

        var length = CompressedInteger.WriteSigned(value, buffer);

        Assert.Equal(expected, buffer[..length]);
    }

    [Theory]
    [MemberData(nameof(SignedEncodings))]
    public void ReadSigned_EcmaEncoding_ReturnsValueAndAdvances(int expected, byte[] encoding)
    {
        var position = 0;

        var value = CompressedInteger.ReadSigned(encoding, ref position);

        Assert.Equal(expected, value);
        Assert.Equal(encoding.Length, position);
    }

    [Fact]
    public void ReadUnsigned_LongerEncodingThanNeeded_DecodesValue()
    {
        var position = 0;

        var value = CompressedInteger.ReadUnsigned([0x80, 0x05], ref position);

        Assert.Equal(5, value);
        Assert.Equal(2, position);
    }

    [Theory]
    [InlineData(0, 0x7E, 0x7F, 0x80, 0x3FFE, 0x3FFF, 0x4000, 0x4001, 0x123456, 0x1FFFFFFE, 0x1FFFFFFF)]
    public void WriteUnsignedThenReadUnsigned_BoundaryValues_RoundTrip(params int[] values)
    {
        foreach (var value in values)
        {
            var buffer = new byte[CompressedInteger.MaxLength];
            var length = CompressedInteger.WriteUnsigned(value, buffer);
            var position = 0;

            Assert.Equal(value, CompressedInteger.ReadUnsigned(buffer, ref position));
            Assert.Equal(length, position);
        }
    }

    [Theory]
    [InlineData(0, 1, -1, 63, -64, 64, -65, 8191, -8192, 8192, -8193, -123456, 0x0FFFFFFF, -0x10000000)]
    public void WriteSignedThenReadSigned_BoundaryValues_RoundTrip(params int[] values)
    {
        foreach (var value in values)
        {
            var buffer = new byte[CompressedInteger.MaxLength];
            var length = CompressedInteger.WriteSigned(value, buffer);
            var position = 0;

            Assert.Equal(value, CompressedInteger.ReadSigned(buffer, ref position));
            Assert.Equal(length, position);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xE0, 0x00, 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { 0xF0, 0x00, 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0x00, 0x00, 0x00, 0x00 })]
    public void ReadUnsigned_FirstByteStartsNoEncoding_ThrowsAtThatByte(byte[] blob)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => ReadUnsignedAt(blob, 0));

        Assert.Equal(0, exception.Position);
    }

    [Theory]
    [InlineData(new byte[] { }, 0)]
    [InlineData(new byte[] { 0x80 }, 0)]
    [InlineData(new byte[] { 0x01, 0xC0, 0x00, 0x00 }, 1)]
    [InlineData(new byte[] { 0x01 }, 1)]
    public void ReadUnsigned_Truncated_ThrowsInvalidSignature(byte[] blob, int position)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => ReadUnsignedAt(blob, position));

        Assert.Equal(position, exception.Position);
    }

    [Fact]
    public void ReadSigned_Truncated_ThrowsInvalidSignature()
    {
        var exception = Assert.Throws<InvalidSignatureException>(() =>
        {
            var position = 0;
            CompressedInteger.ReadSigned([0xC0, 0x00], ref position);
        });

        Assert.Equal(0, exception.Position);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0x20000000)]
    public void WriteUnsigned_OutOfRange_ThrowsArgumentOutOfRange(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CompressedInteger.WriteUnsigned(value, new byte[4]));
    }

    [Theory]
    [InlineData(0x10000000)]
    [InlineData(-0x10000001)]
    public void WriteSigned_OutOfRange_ThrowsArgumentOutOfRange(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CompressedInteger.WriteSigned(value, new byte[4]));
    }

    [Fact]
    public void WriteUnsigned_DestinationTooSmall_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => CompressedInteger.WriteUnsigned(0x4000, new byte[3]));
    }

    private static int ReadUnsignedAt(byte[] blob, int position) => CompressedInteger.ReadUnsigned(blob, ref position);
}
