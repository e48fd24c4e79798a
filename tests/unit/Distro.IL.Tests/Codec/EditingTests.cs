using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class EditingTests
{
    private static Instruction Nop => Instruction.Create(ILOpCode.Nop);

    [Fact]
    public void InsertBefore_TryStart_InsertedCodeJoinsTheTry()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var clause = body.ExceptionClauses[0];
        Instruction[] inserted = [Instruction.LoadConstant(0), Instruction.Create(ILOpCode.Pop)];

        body.InsertBefore(body.Instructions[0], inserted);

        Assert.Same(inserted[0], clause.TryStart);
        var encoded = body.Encode();
        Assert.Equal(
            Hex.Normalize("0B 30 01 00 09 00 00 00 00 00 00 00 | 16 26 00 DE 03 26 DE 00 2A | 00 00 00 | 01 10 00 00 | 00 00 00 00 05 05 00 03 01 00 00 01"),
            Hex.Of(encoded.Bytes));
        Assert.Equal([new OffsetMapping(0, 2), new OffsetMapping(1, 3), new OffsetMapping(3, 5), new OffsetMapping(4, 6), new OffsetMapping(6, 8)], encoded.OffsetMap);
    }

    [Fact]
    public void InsertBefore_InsideTry_LeavesBoundariesAndGrowsTheTry()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var clause = body.ExceptionClauses[0];
        var (tryStart, tryEnd) = (clause.TryStart, clause.TryEnd);

        body.InsertBefore(body.Instructions[1], [Nop]);

        Assert.Same(tryStart, clause.TryStart);
        Assert.Same(tryEnd, clause.TryEnd);
        Assert.Equal(
            Hex.Normalize("0B 30 01 00 08 00 00 00 00 00 00 00 | 00 00 DE 03 26 DE 00 2A | 01 10 00 00 | 00 00 00 00 04 04 00 03 01 00 00 01"),
            body.EncodeToHex());
    }

    [Fact]
    public void InsertBefore_HandlerStart_InsertedCodeJoinsTheHandler()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var clause = body.ExceptionClauses[0];
        var inserted = Nop;

        body.InsertBefore(clause.HandlerStart, [inserted]);

        Assert.Same(inserted, clause.HandlerStart);
        Assert.Same(inserted, clause.TryEnd);
        Assert.Equal(
            Hex.Normalize("0B 30 01 00 08 00 00 00 00 00 00 00 | 00 DE 04 00 26 DE 00 2A | 01 10 00 00 | 00 00 00 00 03 03 00 04 01 00 00 01"),
            body.EncodeToHex());
    }

    [Fact]
    public void InsertBefore_TryEndOfFilterClause_InsertedCodeJoinsTheFilter()
    {
        var body = TestBodies.Decode(TestBodies.TryFilter);
        var clause = body.ExceptionClauses[0];
        var inserted = Nop;

        body.InsertBefore(clause.TryEnd!, [inserted]);

        Assert.Same(inserted, clause.TryEnd);
        Assert.Same(inserted, clause.FilterStart);
        Assert.Equal(
            Hex.Normalize("0B 30 02 00 0C 00 00 00 00 00 00 00 | 00 DE 08 00 26 17 FE 11 26 DE 00 2A | 01 10 00 00 | 01 00 00 00 03 08 00 03 03 00 00 00"),
            body.EncodeToHex());
    }

    [Fact]
    public void InsertBefore_HandlerEnd_InsertedCodeRunsAfterTheClauseForEveryLeave()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var clause = body.ExceptionClauses[0];
        var inserted = Nop;

        body.InsertBefore(clause.HandlerEnd!, [inserted]);

        Assert.Same(inserted, clause.HandlerEnd);
        Assert.Same(inserted, body.Instructions[1].BranchTarget);
        Assert.Same(inserted, body.Instructions[3].BranchTarget);
        Assert.Equal(
            Hex.Normalize("0B 30 01 00 08 00 00 00 00 00 00 00 | 00 DE 03 26 DE 00 00 2A | 01 10 00 00 | 00 00 00 00 03 03 00 03 01 00 00 01"),
            body.EncodeToHex());
    }

    [Fact]
    public void InsertBefore_SwitchTarget_RetargetsTheSwitch()
    {
        // IL_0000 ldc.i4.0 | IL_0001 switch (IL_000E, IL_000F) | IL_000E nop | IL_000F ret
        var body = ILMethodBody.Decode(TestBodies.Tiny("16 | 45 02 00 00 00 00 00 00 00 01 00 00 00 | 00 | 2A"));
        var inserted = Nop;

        body.InsertBefore(body.Instructions[3], [inserted]);

        Assert.Equal([body.Instructions[2], inserted], body.Instructions[1].SwitchTargets!);
        Assert.Equal(Hex.Of(TestBodies.Tiny("16 | 45 02 00 00 00 00 00 00 00 01 00 00 00 | 00 00 | 2A")), body.EncodeToHex());
    }

    [Fact]
    public void InsertBefore_NewCodeBranchingToAnchor_KeepsItsTarget()
    {
        var body = ILMethodBody.Decode(TestBodies.Tiny("00 2A"));
        var ret = body.Instructions[1];
        var skip = Instruction.Create(ILOpCode.Brtrue_s, ret);

        body.InsertBefore(ret, [Instruction.LoadConstant(0), skip, Nop]);

        Assert.Same(ret, skip.BranchTarget);
        Assert.Equal(Hex.Of(TestBodies.Tiny("00 16 2D 01 00 2A")), body.EncodeToHex());
    }

    [Fact]
    public void InsertBefore_EmptyCode_ChangesNothing()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);

        body.InsertBefore(body.Instructions[0], []);

        Assert.Equal(Hex.Normalize(TestBodies.TryCatch), body.EncodeToHex());
    }

    [Fact]
    public void InsertBefore_AnchorNotInBody_Throws()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);

        Assert.Throws<ArgumentException>(() => body.InsertBefore(Nop, [Nop]));
    }

    [Fact]
    public void Insert_AtIndex_DoesNotRetarget()
    {
        // IL_0000 br.s IL_0002 | IL_0002 ret
        var body = ILMethodBody.Decode(TestBodies.Tiny("2B 00 2A"));
        var ret = body.Instructions[1];

        body.Insert(1, [Nop]);

        Assert.Same(ret, body.Instructions[0].BranchTarget);
        Assert.Equal(Hex.Of(TestBodies.Tiny("2B 01 00 2A")), body.EncodeToHex());
    }

    [Fact]
    public void Add_Instruction_AppendsIt()
    {
        var body = ILMethodBody.Decode(TestBodies.Tiny("00"));

        body.Add(Instruction.Create(ILOpCode.Ret));

        Assert.Equal(Hex.Of(TestBodies.Tiny("00 2A")), body.EncodeToHex());
    }

    [Fact]
    public void Replace_BranchTargetAndClauseBoundary_RetargetsReferencesToFirstReplacement()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var clause = body.ExceptionClauses[0];
        Instruction[] replacement = [Instruction.LoadConstant(0), Instruction.Create(ILOpCode.Pop), Instruction.Create(ILOpCode.Ret)];

        body.Replace(body.Instructions[4], replacement);

        Assert.Same(replacement[0], clause.HandlerEnd);
        Assert.Same(replacement[0], body.Instructions[1].BranchTarget);
        var encoded = body.Encode();
        Assert.Equal(
            Hex.Normalize("0B 30 01 00 09 00 00 00 00 00 00 00 | 00 DE 03 26 DE 00 16 26 2A | 00 00 00 | 01 10 00 00 | 00 00 00 00 03 03 00 03 01 00 00 01"),
            Hex.Of(encoded.Bytes));
        Assert.Equal(
            [new OffsetMapping(0, 0), new OffsetMapping(1, 1), new OffsetMapping(3, 3), new OffsetMapping(4, 4), new OffsetMapping(6, 6)],
            encoded.OffsetMap);
    }

    [Fact]
    public void Replace_DecodedInstruction_FirstReplacementTakesOverItsOriginalOffset()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var ret = body.Instructions[4];
        Instruction[] replacement = [Instruction.Create(ILOpCode.Nop), Instruction.Create(ILOpCode.Ret)];

        body.Replace(ret, replacement);

        Assert.Equal(ret.OriginalOffset, replacement[0].OriginalOffset);
        Assert.Equal(-1, replacement[1].OriginalOffset);
    }

    [Fact]
    public void Replace_WithEmptySequence_Throws()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);

        Assert.Throws<ArgumentException>(() => body.Replace(body.Instructions[0], []));
    }

    [Fact]
    public void ComputeOffsets_AfterInsertion_ReflectsNewLayout()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var inserted = Instruction.LoadConstant(1000);
        body.InsertBefore(body.Instructions[0], [inserted]);

        var offsets = body.ComputeOffsets();

        Assert.Equal([0, 5, 6, 8, 9, 11], body.Instructions.Select(instruction => offsets[instruction]));
    }

    [Fact]
    public void Encode_SameInstructionTwice_Throws()
    {
        var body = new ILMethodBody();
        var ret = Instruction.Create(ILOpCode.Ret);
        body.Add(ret);
        body.Add(ret);

        Assert.Throws<InvalidOperationException>(body.Encode);
    }

    [Fact]
    public void Encode_BranchToInstructionNotInBody_Throws()
    {
        var body = new ILMethodBody();
        body.Add(Instruction.Create(ILOpCode.Br, Instruction.Create(ILOpCode.Ret)));

        Assert.Throws<InvalidOperationException>(body.Encode);
    }
}
