using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class MethodHeaderTests
{
    [Fact]
    public void Decode_TinyHeader_ReadsCodeWithTinyDefaults()
    {
        // (2 << 2) | 2: two code bytes, tiny format.
        var body = TestBodies.Decode("0A | 00 2A");

        Assert.Equal([ILOpCode.Nop, ILOpCode.Ret], body.Instructions.Select(instruction => instruction.OpCode));
        Assert.Equal(8, body.MaxStack);
        Assert.False(body.InitLocals);
        Assert.Equal(0, body.LocalVarSigToken);
        Assert.Empty(body.ExceptionClauses);
        Assert.Equal("0A 00 2A", body.EncodeToHex());
    }

    [Fact]
    public void Decode_FatHeader_ReadsMaxStackInitLocalsAndLocalSignature()
    {
        // Flags 0x3013: size 3 dwords, fat format, InitLocals; maxstack 16; 2 code bytes; StandAloneSig 0x11000005.
        const string bytes = "13 30 10 00 02 00 00 00 05 00 00 11 | 00 2A";

        var body = TestBodies.Decode(bytes);

        Assert.Equal(16, body.MaxStack);
        Assert.True(body.InitLocals);
        Assert.Equal(0x11000005, body.LocalVarSigToken);
        Assert.Equal(2, body.Instructions.Count);
        Assert.Equal(Hex.Normalize(bytes), body.EncodeToHex());
    }

    [Fact]
    public void Decode_FatHeaderWithoutInitLocals_RoundTrips()
    {
        const string bytes = "03 30 02 00 01 00 00 00 07 00 00 11 | 2A";

        var body = TestBodies.Decode(bytes);

        Assert.False(body.InitLocals);
        Assert.Equal(Hex.Normalize(bytes), body.EncodeToHex());
    }

    [Fact]
    public void Encode_SmallBodyWithoutLocals_UsesTinyHeader() =>
        Assert.Equal("06 2A", BodyOf(1, maxStack: 8).EncodeToHex());

    [Fact]
    public void Encode_MaxStackAbove8_UsesFatHeader() =>
        Assert.Equal(Hex.Normalize("03 30 09 00 01 00 00 00 00 00 00 00 | 2A"), BodyOf(1, maxStack: 9).EncodeToHex());

    [Fact]
    public void Encode_InitLocalsWithoutLocalSignature_UsesFatHeader()
    {
        var body = BodyOf(1, maxStack: 8);
        body.InitLocals = true;

        Assert.Equal(Hex.Normalize("13 30 08 00 01 00 00 00 00 00 00 00 | 2A"), body.EncodeToHex());
    }

    [Fact]
    public void Encode_LocalSignature_UsesFatHeader()
    {
        var body = BodyOf(1, maxStack: 2);
        body.LocalVarSigToken = 0x11000001;

        Assert.Equal(Hex.Normalize("03 30 02 00 01 00 00 00 01 00 00 11 | 2A"), body.EncodeToHex());
    }

    [Fact]
    public void Encode_CodeOf63Bytes_UsesTinyHeader() =>
        Assert.Equal(Hex.Normalize($"FE {Hex.Repeat("00", 62)} 2A"), BodyOf(63, maxStack: 8).EncodeToHex());

    [Fact]
    public void Encode_CodeOf64Bytes_UsesFatHeader() =>
        Assert.Equal(Hex.Normalize($"03 30 08 00 40 00 00 00 00 00 00 00 {Hex.Repeat("00", 63)} 2A"), BodyOf(64, maxStack: 8).EncodeToHex());

    [Fact]
    public void Encode_DecodedFatBodyThatFitsTiny_UsesTinyHeader() =>
        Assert.Equal("06 2A", TestBodies.Decode("03 30 08 00 01 00 00 00 00 00 00 00 | 2A").EncodeToHex());

    [Fact]
    public void Decode_BytesAfterTheBody_AreIgnored() =>
        Assert.Single(TestBodies.Decode("06 2A FF FF FF").Instructions);

    [Fact]
    public void MaxStack_OutOfRange_Throws()
    {
        var body = new ILMethodBody();

        Assert.Throws<ArgumentOutOfRangeException>(() => body.MaxStack = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => body.MaxStack = 65536);
    }

    /// <summary>A body of <paramref name="codeSize"/> bytes: nops, then ret.</summary>
    private static ILMethodBody BodyOf(int codeSize, int maxStack)
    {
        var body = new ILMethodBody { MaxStack = maxStack };
        for (var i = 1; i < codeSize; i++)
        {
            body.Add(Instruction.Create(ILOpCode.Nop));
        }

        body.Add(Instruction.Create(ILOpCode.Ret));
        return body;
    }
}
