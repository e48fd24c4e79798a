using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class ExceptionSectionTests
{
    [Fact]
    public void Decode_SmallCatchSection_MapsClauseToInstructions()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        var code = body.Instructions;

        var clause = Assert.Single(body.ExceptionClauses);
        Assert.Equal(ExceptionClauseKind.Catch, clause.Kind);
        Assert.Equal(0x01000001, clause.CatchTypeToken);
        Assert.Same(code[0], clause.TryStart);
        Assert.Same(code[2], clause.TryEnd);
        Assert.Same(code[2], clause.HandlerStart);
        Assert.Same(code[4], clause.HandlerEnd);
        Assert.Null(clause.FilterStart);
        Assert.Equal(Hex.Normalize(TestBodies.TryCatch), body.EncodeToHex());
    }

    [Fact]
    public void Decode_SmallFinallySection_RoundTrips()
    {
        var body = TestBodies.Decode(TestBodies.TryFinally);

        var clause = Assert.Single(body.ExceptionClauses);
        Assert.Equal(ExceptionClauseKind.Finally, clause.Kind);
        Assert.Same(body.Instructions[2], clause.HandlerStart);
        Assert.Same(body.Instructions[3], clause.HandlerEnd);
        Assert.Equal(Hex.Normalize(TestBodies.TryFinally), body.EncodeToHex());
    }

    [Fact]
    public void Decode_SmallFaultSection_RoundTrips()
    {
        // TryFinally with clause flags 4 (fault) instead of 2.
        const string bytes =
            "0B 30 01 00 05 00 00 00 00 00 00 00 | 00 DE 01 DC 2A | 00 00 00 | 01 10 00 00 | 04 00 00 00 03 03 00 01 00 00 00 00";

        var body = TestBodies.Decode(bytes);

        Assert.Equal(ExceptionClauseKind.Fault, Assert.Single(body.ExceptionClauses).Kind);
        Assert.Equal(Hex.Normalize(bytes), body.EncodeToHex());
    }

    [Fact]
    public void Decode_SmallFilterSection_MapsFilterStart()
    {
        var body = TestBodies.Decode(TestBodies.TryFilter);
        var code = body.Instructions;

        var clause = Assert.Single(body.ExceptionClauses);
        Assert.Equal(ExceptionClauseKind.Filter, clause.Kind);
        Assert.Equal(0, clause.CatchTypeToken);
        Assert.Same(code[2], clause.TryEnd);
        Assert.Same(code[2], clause.FilterStart);
        Assert.Same(code[5], clause.HandlerStart);
        Assert.Same(code[7], clause.HandlerEnd);
        Assert.Equal(Hex.Normalize(TestBodies.TryFilter), body.EncodeToHex());
    }

    [Fact]
    public void Decode_FatSection_RoundTrips()
    {
        // IL_0000..IL_012B nop x300 | IL_012C leave.s IL_012F | IL_012E endfinally | IL_012F ret
        // The try region is 302 bytes long, too long for a small clause.
        var bytes = Hex.Normalize(
            $"0B 30 01 00 30 01 00 00 00 00 00 00 | {Hex.Repeat("00", 300)} DE 01 DC 2A"
            + " | 41 1C 00 00 | 02 00 00 00 00 00 00 00 2E 01 00 00 2E 01 00 00 01 00 00 00 00 00 00 00");

        var body = TestBodies.Decode(bytes);

        var clause = Assert.Single(body.ExceptionClauses);
        Assert.Equal(ExceptionClauseKind.Finally, clause.Kind);
        Assert.Equal(0x12E, clause.HandlerStart.OriginalOffset);
        Assert.Equal(bytes, body.EncodeToHex());
    }

    [Fact]
    public void Decode_NestedClauses_KeepsInnermostFirst()
    {
        var body = TestBodies.Decode(TestBodies.NestedTryCatchInTryFinally);
        var code = body.Instructions;

        Assert.Equal(2, body.ExceptionClauses.Count);
        var (inner, outer) = (body.ExceptionClauses[0], body.ExceptionClauses[1]);
        Assert.Equal(ExceptionClauseKind.Catch, inner.Kind);
        Assert.Equal(ExceptionClauseKind.Finally, outer.Kind);
        Assert.Same(code[0], inner.TryStart);
        Assert.Same(code[0], outer.TryStart);
        Assert.Same(code[4], inner.HandlerEnd);
        Assert.Same(code[5], outer.TryEnd);
        Assert.Same(code[6], outer.HandlerEnd);
        Assert.Equal(Hex.Normalize(TestBodies.NestedTryCatchInTryFinally), body.EncodeToHex());
    }

    [Fact]
    public void Decode_ChainedSections_ReadsEveryClauseAndEncodesOneSection()
    {
        // The nested body with each clause in its own small section; the first has MoreSects (0x80).
        const string chained =
            "0B 30 01 00 0A 00 00 00 00 00 00 00 | 00 DE 03 26 DE 00 DE 01 DC 2A | 00 00"
            + " | 81 10 00 00 | 00 00 00 00 03 03 00 03 01 00 00 01"
            + " | 01 10 00 00 | 02 00 00 00 08 08 00 01 00 00 00 00";

        var body = TestBodies.Decode(chained);

        Assert.Equal([ExceptionClauseKind.Catch, ExceptionClauseKind.Finally], body.ExceptionClauses.Select(clause => clause.Kind));
        Assert.Equal(Hex.Normalize(TestBodies.NestedTryCatchInTryFinally), body.EncodeToHex());
    }

    [Fact]
    public void Decode_ChainedFatAndSmallSections_ReadsEveryClause()
    {
        const string chained =
            "0B 30 01 00 0A 00 00 00 00 00 00 00 | 00 DE 03 26 DE 00 DE 01 DC 2A | 00 00"
            + " | C1 1C 00 00 | 00 00 00 00 00 00 00 00 03 00 00 00 03 00 00 00 03 00 00 00 01 00 00 01"
            + " | 01 10 00 00 | 02 00 00 00 08 08 00 01 00 00 00 00";

        var body = TestBodies.Decode(chained);

        Assert.Equal(Hex.Normalize(TestBodies.NestedTryCatchInTryFinally), body.EncodeToHex());
    }

    [Fact]
    public void Decode_HandlerRunningToEndOfCode_HasNullHandlerEnd()
    {
        // IL_0000 br.s IL_0003 | IL_0002 ret | IL_0003 nop | IL_0004 leave.s IL_0002 | IL_0006 pop | IL_0007 rethrow
        const string bytes =
            "0B 30 01 00 09 00 00 00 00 00 00 00 | 2B 01 2A 00 DE FC 26 FE 1A | 00 00 00 | 01 10 00 00 | 00 00 03 00 03 06 00 03 01 00 00 01";

        var body = TestBodies.Decode(bytes);

        var clause = Assert.Single(body.ExceptionClauses);
        Assert.Same(body.Instructions[2], clause.TryStart);
        Assert.Null(clause.HandlerEnd);
        Assert.Equal(Hex.Normalize(bytes), body.EncodeToHex());
    }

    [Theory]
    [InlineData(20, 0x01)]
    [InlineData(21, 0x41)]
    public void Encode_ClauseCount_PicksSmallSectionOnlyWhenItsSizeFitsAByte(int clauseCount, byte expectedSectionKind)
    {
        var body = TestBodies.Decode(TestBodies.TryFinally);
        var clause = body.ExceptionClauses[0];
        for (var i = 1; i < clauseCount; i++)
        {
            body.ExceptionClauses.Add(new ExceptionClause
            {
                Kind = clause.Kind,
                TryStart = clause.TryStart,
                TryEnd = clause.TryEnd,
                HandlerStart = clause.HandlerStart,
                HandlerEnd = clause.HandlerEnd,
            });
        }

        var bytes = body.Encode().Bytes.Span;

        // The section starts after the 12-byte header, 5 code bytes and 3 bytes of padding.
        Assert.Equal(expectedSectionKind, bytes[20]);
        Assert.Equal(clauseCount, ILMethodBody.Decode(bytes).ExceptionClauses.Count);
    }

    [Fact]
    public void Encode_ClauseAddedByRewriter_WritesSectionAndMoreSectsFlag()
    {
        // IL_0000 nop | IL_0001 leave.s IL_0004 | IL_0003 endfinally | IL_0004 ret, with no clause yet.
        var body = ILMethodBody.Decode(TestBodies.Tiny("00 DE 01 DC 2A"));
        var code = body.Instructions;
        body.MaxStack = 1;

        body.ExceptionClauses.Add(new ExceptionClause
        {
            Kind = ExceptionClauseKind.Finally,
            TryStart = code[0],
            TryEnd = code[2],
            HandlerStart = code[2],
            HandlerEnd = code[3],
        });

        Assert.Equal(Hex.Normalize(TestBodies.TryFinally), body.EncodeToHex());
    }

    [Fact]
    public void Encode_FilterClauseWithoutFilterStart_Throws()
    {
        var body = TestBodies.Decode(TestBodies.TryFilter);
        body.ExceptionClauses[0].FilterStart = null;

        Assert.Throws<InvalidOperationException>(body.Encode);
    }

    [Fact]
    public void Encode_ClauseBoundaryNotInBody_Throws()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        body.ExceptionClauses[0].TryStart = Instruction.Create(ILOpCode.Nop);

        Assert.Throws<InvalidOperationException>(body.Encode);
    }
}
