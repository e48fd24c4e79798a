using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class LocalSignatureAppendTests
{
    [Fact]
    public void Append_ToExistingLocals_KeepsTheirBytesAndAddsNewOnesAfter()
    {
        // int32, valuetype TypeRef 1<string>
        byte[] original = [0x07, 0x02, 0x08, 0x15, 0x11, 0x05, 0x01, 0x0E];

        var result = LocalSignature.Append(original, [[0x1C], [0x1D, 0x1C]], out var firstNewLocalIndex);

        Assert.Equal([0x07, 0x04, 0x08, 0x15, 0x11, 0x05, 0x01, 0x0E, 0x1C, 0x1D, 0x1C], result);
        Assert.Equal(2, firstNewLocalIndex);
    }

    [Fact]
    public void Append_MethodWithoutLocals_CreatesASignature()
    {
        var result = LocalSignature.Append([], [[0x1C], [0x13, 0x00]], out var firstNewLocalIndex);

        Assert.Equal([0x07, 0x02, 0x1C, 0x13, 0x00], result);
        Assert.Equal(0, firstNewLocalIndex);
    }

    [Fact]
    public void Append_CountGrowsPast127_ReencodesCountInTwoBytes()
    {
        byte[] original = [0x07, 0x7F, .. Enumerable.Repeat((byte)0x08, 127)];

        var result = LocalSignature.Append(original, [[0x1C]], out var firstNewLocalIndex);

        Assert.Equal([0x07, 0x80, 0x80, .. Enumerable.Repeat((byte)0x08, 127), 0x1C], result);
        Assert.Equal(127, firstNewLocalIndex);
    }

    [Fact]
    public void Append_PinnedAndModifiedOriginalLocals_StayByteIdentical()
    {
        byte[] originalTypes = [0x45, 0x10, 0x08, 0x20, 0x05, 0x45, 0x1D, 0x08, 0x1B, 0x00, 0x01, 0x0E, 0x08];
        byte[] original = [0x07, 0x03, .. originalTypes];

        var result = LocalSignature.Append(original, [[0x0A]], out _);

        Assert.Equal([0x07, 0x04, .. originalTypes, 0x0A], result);
    }

    [Fact]
    public void Append_NoNewTypes_ReturnsACopyOfTheOriginal()
    {
        byte[] original = [0x07, 0x01, 0x08];

        var result = LocalSignature.Append(original, [], out var firstNewLocalIndex);

        Assert.Equal(original, result);
        Assert.NotSame(original, result);
        Assert.Equal(1, firstNewLocalIndex);
    }

    [Fact]
    public void Append_NoOriginalAndNoNewTypes_ReturnsEmpty()
    {
        var result = LocalSignature.Append([], [], out var firstNewLocalIndex);

        Assert.Empty(result);
        Assert.Equal(0, firstNewLocalIndex);
    }

    [Fact]
    public void Append_ThenParse_ReportsOriginalLocalsFollowedByNewOnes()
    {
        byte[] original = [0x07, 0x02, 0x0E, 0x45, 0x10, 0x08];

        var locals = LocalSignature.Parse(LocalSignature.Append(original, [[0x1C], [0x10, 0x1C]], out _)).Locals;

        Assert.Equal([[0x0E], [0x45, 0x10, 0x08], [0x1C], [0x10, 0x1C]], locals.Select(local => local.ToArray()));
    }

    [Fact]
    public void Append_PinnedNewLocal_IsAccepted()
    {
        var result = LocalSignature.Append([], [[0x45, 0x10, 0x08]], out _);

        Assert.Equal([0x07, 0x01, 0x45, 0x10, 0x08], result);
    }

    [Fact]
    public void Append_BeyondTheLocalLimit_ThrowsArgument()
    {
        byte[] original = [0x07, 0xC0, 0x00, 0xFF, 0xFE, .. Enumerable.Repeat((byte)0x08, LocalSignature.MaxLocalCount)];

        Assert.Throws<ArgumentException>(() => LocalSignature.Append(original, [[0x1C]], out _));
    }

    [Fact]
    public void Append_UpToTheLocalLimit_Succeeds()
    {
        byte[] original = [0x07, 0xC0, 0x00, 0xFF, 0xFD, .. Enumerable.Repeat((byte)0x08, LocalSignature.MaxLocalCount - 1)];

        var result = LocalSignature.Append(original, [[0x1C]], out var firstNewLocalIndex);

        Assert.Equal(LocalSignature.MaxLocalCount - 1, firstNewLocalIndex);
        Assert.Equal([0x07, 0xC0, 0x00, 0xFF, 0xFE], result[..5]);
        Assert.Equal(LocalSignature.MaxLocalCount, LocalSignature.Parse(result).Locals.Count);
    }

    [Theory]
    [InlineData(new byte[] { 0x06, 0x01, 0x08 }, 0)]
    [InlineData(new byte[] { 0x07, 0x02, 0x08 }, 3)]
    [InlineData(new byte[] { 0x07, 0x01, 0x08, 0x00 }, 3)]
    public void Append_MalformedOriginal_ThrowsInvalidSignature(byte[] original, int position)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => LocalSignature.Append(original, [[0x1C]], out _));

        Assert.Equal(position, exception.Position);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { 0x08, 0x08 })]
    [InlineData(new byte[] { 0x1D })]
    public void Append_NewTypeNotExactlyOneType_ThrowsArgument(byte[] newType)
    {
        Assert.Throws<ArgumentException>(() => LocalSignature.Append([0x07, 0x01, 0x08], [newType], out _));
    }
}
