using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class TypeDefOrRefOrSpecTests
{
    public static TheoryData<int, int> TokensAndCodedIndexes => new()
    {
        { 0x02000001, 0x04 },
        { 0x01000001, 0x05 },
        { 0x1B000001, 0x06 },
        { 0x01000020, 0x81 },
        { 0x02001234, 0x48D0 },
        { 0x01FFFFFF, 0x03FFFFFD },
    };

    [Theory]
    [MemberData(nameof(TokensAndCodedIndexes))]
    public void Encode_TypeToken_ShiftsRowAndTagsTable(int token, int codedIndex)
    {
        Assert.Equal(codedIndex, TypeDefOrRefOrSpec.Encode(token));
    }

    [Theory]
    [MemberData(nameof(TokensAndCodedIndexes))]
    public void Decode_CodedIndex_ReturnsToken(int token, int codedIndex)
    {
        Assert.Equal(token, TypeDefOrRefOrSpec.Decode(codedIndex));
    }

    [Theory]
    [InlineData(0x06000001)]
    [InlineData(0x0A000001)]
    [InlineData(0x01000000)]
    [InlineData(0x00000001)]
    public void Encode_NotATypeTokenOrNil_ThrowsArgumentOutOfRange(int token)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TypeDefOrRefOrSpec.Encode(token));
    }

    [Theory]
    [InlineData(0x03)]
    [InlineData(0x07)]
    [InlineData(0x01)]
    [InlineData(-1)]
    [InlineData(0x1FFFFFFD)]
    public void Decode_InvalidTagNilRowOrRowBeyond24Bits_ThrowsArgumentOutOfRange(int codedIndex)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TypeDefOrRefOrSpec.Decode(codedIndex));
    }

    [Fact]
    public void Read_TwoByteCodedIndex_ReturnsTokenAndAdvances()
    {
        byte[] blob = [0x12, 0x80, 0x81, 0x08];
        var position = 1;

        var token = TypeDefOrRefOrSpec.Read(blob, ref position);

        Assert.Equal(0x01000020, token);
        Assert.Equal(3, position);
    }

    [Theory]
    [InlineData(new byte[] { 0x12, 0x07 }, 1)]
    [InlineData(new byte[] { 0x12, 0x01 }, 1)]
    [InlineData(new byte[] { 0x12, 0xDF, 0xFF, 0xFF, 0xFD }, 1)]
    [InlineData(new byte[] { 0x12 }, 1)]
    public void Read_InvalidOrMissingCodedIndex_ThrowsInvalidSignatureAtIndex(byte[] blob, int position)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => TypeDefOrRefOrSpec.Read(blob, ref position));

        Assert.Equal(1, exception.Position);
    }

    [Fact]
    public void Write_TypeDefWithLargeRow_WritesFourByteCodedIndex()
    {
        var buffer = new byte[CompressedInteger.MaxLength];

        var length = TypeDefOrRefOrSpec.Write(0x02001234, buffer);

        Assert.Equal([0xC0, 0x00, 0x48, 0xD0], buffer[..length]);
    }
}
