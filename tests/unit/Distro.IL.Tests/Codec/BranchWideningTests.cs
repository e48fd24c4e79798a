using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class BranchWideningTests
{
    private static Instruction[] Nops(int count) => [.. Enumerable.Range(0, count).Select(_ => Instruction.Create(ILOpCode.Nop))];

    private static string FatHeader(int codeSize, int maxStack = 8) =>
        $"03 30 {maxStack:X2} 00 {codeSize & 0xFF:X2} {codeSize >> 8:X2} 00 00 00 00 00 00";

    [Fact]
    public void Encode_ForwardShortBranchPushedOutOfReach_BecomesLongBranch()
    {
        // IL_0000 br.s IL_0003 | IL_0002 nop | IL_0003 ret
        var body = ILMethodBody.Decode(TestBodies.Tiny("2B 01 00 2A"));

        body.InsertBefore(body.Instructions[1], Nops(200));

        var encoded = body.Encode();
        Assert.Equal(
            Hex.Normalize($"{FatHeader(207)} | 38 C9 00 00 00 | {Hex.Repeat("00", 201)} | 2A"),
            Hex.Of(encoded.Bytes));
        Assert.Equal([new OffsetMapping(0, 0), new OffsetMapping(2, 205), new OffsetMapping(3, 206)], encoded.OffsetMap);
    }

    [Theory]
    [InlineData(127, "2B 7F")]
    [InlineData(128, "38 80 00 00 00")]
    public void Encode_ForwardShortBranch_WidensOnlyBeyond127(int nopCount, string expectedBranch)
    {
        var body = ILMethodBody.Decode(TestBodies.Tiny("2B 00 2A"));

        body.Insert(1, Nops(nopCount));

        Assert.StartsWith(Hex.Normalize(expectedBranch) + " 00", Hex.Of(body.Encode().Bytes[12..]));
    }

    [Fact]
    public void Encode_BackwardShortBranchPushedOutOfReach_BecomesLongBranch()
    {
        // IL_0000 nop | IL_0001 br.s IL_0000 | IL_0003 ret
        var body = ILMethodBody.Decode(TestBodies.Tiny("00 2B FD 2A"));

        body.InsertBefore(body.Instructions[1], Nops(200));

        // br now sits at IL_00C9 and ends at IL_00CE: displacement -206.
        Assert.Equal(
            Hex.Normalize($"{FatHeader(207)} | {Hex.Repeat("00", 201)} | 38 32 FF FF FF | 2A"),
            body.EncodeToHex());
    }

    [Theory]
    [InlineData(125, "2B 80")]
    [InlineData(126, "38 7C FF FF FF")]
    public void Encode_BackwardShortBranch_WidensOnlyBeyondMinus128(int nopCount, string expectedBranch)
    {
        var body = ILMethodBody.Decode(TestBodies.Tiny("00 2B FD 2A"));

        body.InsertBefore(body.Instructions[1], Nops(nopCount));

        Assert.EndsWith(Hex.Normalize(expectedBranch) + " 2A", body.EncodeToHex());
    }

    [Fact]
    public void Encode_WideningThatPushesAnotherBranchOutOfReach_WidensBoth()
    {
        // The first branch reaches its target by exactly 127 bytes until the second one widens.
        var body = new ILMethodBody { MaxStack = 8 };
        var firstTarget = Instruction.Create(ILOpCode.Nop);
        var secondTarget = Instruction.Create(ILOpCode.Ret);
        body.Add(Instruction.Create(ILOpCode.Br_s, firstTarget));
        body.Add(Instruction.Create(ILOpCode.Br_s, secondTarget));
        body.Insert(2, Nops(125));
        body.Add(firstTarget);
        body.Insert(body.Instructions.Count, Nops(10));
        body.Add(secondTarget);

        Assert.Equal(
            Hex.Normalize($"{FatHeader(147)} | 38 82 00 00 00 | 38 88 00 00 00 | {Hex.Repeat("00", 136)} | 2A"),
            body.EncodeToHex());
    }

    [Fact]
    public void Encode_LongBranchWithinShortReach_KeepsLongForm()
    {
        var bytes = TestBodies.Tiny("38 00 00 00 00 2A");

        Assert.Equal(Hex.Of(bytes), ILMethodBody.Decode(bytes).EncodeToHex());
    }

    [Fact]
    public void Encode_SwitchWithMovedTargets_RecomputesDisplacements()
    {
        // IL_0000 ldc.i4.0 | IL_0001 switch (IL_0012, IL_0013, IL_0000) | IL_0012 nop | IL_0013 ret
        var body = ILMethodBody.Decode(TestBodies.Tiny("16 | 45 03 00 00 00 00 00 00 00 01 00 00 00 EE FF FF FF | 00 | 2A"));

        body.Insert(2, Nops(200));

        Assert.Equal(
            Hex.Normalize($"{FatHeader(220)} | 16 | 45 03 00 00 00 C8 00 00 00 C9 00 00 00 EE FF FF FF | {Hex.Repeat("00", 201)} | 2A"),
            body.EncodeToHex());
    }

    [Fact]
    public void Encode_LeaveShortPushedOutOfReach_BecomesLeave()
    {
        var body = TestBodies.Decode(TestBodies.TryFinally);

        body.InsertBefore(body.ExceptionClauses[0].HandlerStart, Nops(200));

        // IL_0000 nop | IL_0001 leave IL_00CF | IL_0006 nop x200 | IL_00CE endfinally | IL_00CF ret
        Assert.Equal(
            Hex.Normalize(
                "0B 30 01 00 D0 00 00 00 00 00 00 00"
                + $" | 00 DD C9 00 00 00 {Hex.Repeat("00", 200)} DC 2A"
                + " | 01 10 00 00 | 02 00 00 00 06 06 00 C9 00 00 00 00"),
            body.EncodeToHex());
    }

    [Fact]
    public void Encode_HandlerGrownBeyond255Bytes_UsesFatSection()
    {
        var body = TestBodies.Decode(TestBodies.TryFinally);

        body.InsertBefore(body.ExceptionClauses[0].HandlerStart, Nops(300));

        // IL_0000 nop | IL_0001 leave IL_0133 | IL_0006 nop x300 | IL_0132 endfinally | IL_0133 ret
        Assert.Equal(
            Hex.Normalize(
                "0B 30 01 00 34 01 00 00 00 00 00 00"
                + $" | 00 DD 2D 01 00 00 {Hex.Repeat("00", 300)} DC 2A"
                + " | 41 1C 00 00 | 02 00 00 00 00 00 00 00 06 00 00 00 06 00 00 00 2D 01 00 00 00 00 00 00"),
            body.EncodeToHex());
    }
}
