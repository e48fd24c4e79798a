using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class LocalSignatureTests
{
    [Fact]
    public void Parse_PinnedByRefAndTypedByRef_ReportsEachLocal()
    {
        // int32, int32& pinned, typedref
        var locals = LocalSignature.Parse([0x07, 0x03, 0x08, 0x45, 0x10, 0x08, 0x16]).Locals;

        Assert.Equal(3, locals.Count);
        Assert.Equal([0x08], locals[0].ToArray());
        Assert.False(locals[0].IsPinned);
        Assert.Equal([0x45, 0x10, 0x08], locals[1].ToArray());
        Assert.True(locals[1].IsPinned);
        Assert.True(locals[1].IsByRef);
        Assert.Equal([0x08], locals[1].ElementOfByRef.ToArray());
        Assert.True(locals[2].IsTypedReference);
    }

    [Fact]
    public void Parse_ModifierAndPinnedInterleaved_ReportsBoth()
    {
        var local = LocalSignature.Parse([0x07, 0x01, 0x20, 0x05, 0x45, 0x1D, 0x08]).Locals[0];

        Assert.Equal([new CustomModifier(false, SampleTypes.TypeRefRow1)], local.CustomModifiers);
        Assert.True(local.IsPinned);
        Assert.Equal(ElementType.SzArray, local.ElementType);
        Assert.Equal([0x1D, 0x08], local.WithoutModifiers().ToArray());
    }

    [Fact]
    public void Parse_ZeroLocals_ReturnsNoLocals()
    {
        Assert.Empty(LocalSignature.Parse([0x07, 0x00]).Locals);
    }

    [Fact]
    public void Parse_CallerChangesInputAfterwards_KeepsOwnCopy()
    {
        byte[] blob = [0x07, 0x01, 0x08];

        var signature = LocalSignature.Parse(blob);
        blob[2] = 0x0E;

        Assert.Equal([0x07, 0x01, 0x08], signature.Bytes.ToArray());
        Assert.Equal([0x08], signature.Locals[0].ToArray());
    }

    [Theory]
    [InlineData(new byte[] { }, 0)]
    [InlineData(new byte[] { 0x06, 0x01, 0x08 }, 0)]
    [InlineData(new byte[] { 0x00, 0x01, 0x08 }, 0)]
    [InlineData(new byte[] { 0x07 }, 1)]
    [InlineData(new byte[] { 0x07, 0x02, 0x08 }, 3)]
    [InlineData(new byte[] { 0x07, 0x01, 0x08, 0x08 }, 3)]
    [InlineData(new byte[] { 0x07, 0x01, 0x10, 0x45, 0x08 }, 3)]
    [InlineData(new byte[] { 0x07, 0x01, 0x45 }, 3)]
    [InlineData(new byte[] { 0x07, 0x01, 0x41, 0x08 }, 2)]
    public void Parse_MalformedBlob_ThrowsAtTheOffendingByte(byte[] blob, int position)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => LocalSignature.Parse(blob));

        Assert.Equal(position, exception.Position);
    }
}
