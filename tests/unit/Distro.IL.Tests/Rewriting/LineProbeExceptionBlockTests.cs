using Distro.IL.Codec;
using Distro.IL.Rewriting;
using Distro.IL.Tests.Codec;

namespace Distro.IL.Tests.Rewriting;

/// <summary>Line probes at the boundaries of try, catch and finally blocks: the probe joins the block the line starts.</summary>
public class LineProbeExceptionBlockTests
{
    /// <summary>The inserted code of a line probe with id 1 on a static method without parameters or locals, 17 bytes.</summary>
    private const string ProbeOneSkippingNineBytes =
        "17 28 15 00 00 0A 2C 09"                       // ldc.i4.1; call LineBegin; brfalse.s over the 9 bytes that follow
        + " 17 14 14 14 28 16 00 00 0A";               // ldc.i4.1; this, arguments, locals = null; call Line

    [Fact]
    public void LineAtATryStart_ProbeRunsInsideTheTry_ByteForByte()
    {
        var body = TestBodies.Decode(TestBodies.TryFinally);

        MethodRewriter.Apply(body, LineProbeTests.LineOnly(new LinePlan(ILOffset: 0, ProbeId: 1, Locals: [])));

        var expected =
            "0B 30 09 00 16 00 00 00 00 00 00 00"      // maxstack 1 + 8
            + " " + ProbeOneSkippingNineBytes           // IL_0000 the probe, where the try now starts
            + " 00 DE 01"                               // IL_0011 nop; leave.s IL_0015
            + " DC"                                     // IL_0014 endfinally
            + " 2A"                                     // IL_0015 ret
            + " 00 00"                                  // padding to 4 bytes
            + " 01 10 00 00 | 02 00 00 00 14 14 00 01 00 00 00 00"; // finally: try 0000+14, handler 0014+01
        Assert.Equal(Hex.Normalize(expected), body.EncodeToHex());
        Assert.Equal((0x00, 0x14, 0x14, 0x15), ClauseOffsets(body));
    }

    [Fact]
    public void LineAtAFinallyHandlerStart_ProbeRunsInsideTheFinally_ByteForByte()
    {
        var body = TestBodies.Decode(TestBodies.TryFinally);

        MethodRewriter.Apply(body, LineProbeTests.LineOnly(new LinePlan(ILOffset: 3, ProbeId: 1, Locals: [])));

        var expected =
            "0B 30 09 00 16 00 00 00 00 00 00 00"      // maxstack 1 + 8
            + " 00 DE 12"                               // IL_0000 nop; leave.s IL_0015
            + " " + ProbeOneSkippingNineBytes           // IL_0003 the probe, where the finally now starts
            + " DC"                                     // IL_0014 endfinally
            + " 2A"                                     // IL_0015 ret
            + " 00 00"                                  // padding to 4 bytes
            + " 01 10 00 00 | 02 00 00 00 03 03 00 12 00 00 00 00"; // finally: try 0000+03, handler 0003+12
        Assert.Equal(Hex.Normalize(expected), body.EncodeToHex());
        Assert.Equal((0x00, 0x03, 0x03, 0x15), ClauseOffsets(body));
    }

    [Fact]
    public void LineAtACatchHandlerStart_ProbeRunsInsideTheCatchWithTheExceptionLeftOnTheStack_ByteForByte()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);

        MethodRewriter.Apply(body, LineProbeTests.LineOnly(new LinePlan(ILOffset: 3, ProbeId: 1, Locals: [])));

        // The handler is entered with the exception on the stack: the probe runs above it and the original pop
        // still takes it after the probe, so the probe is in the handler, not in the try before it.
        var expected =
            "0B 30 09 00 18 00 00 00 00 00 00 00"      // maxstack 1 + 8
            + " 00 DE 14"                               // IL_0000 nop; leave.s IL_0017
            + " " + ProbeOneSkippingNineBytes           // IL_0003 the probe, where the catch now starts
            + " 26 DE 00"                               // IL_0014 pop (the exception); leave.s IL_0017
            + " 2A"                                     // IL_0017 ret
            + " 01 10 00 00 | 00 00 00 00 03 03 00 14 01 00 00 01"; // catch 0x01000001: try 0000+03, handler 0003+14
        Assert.Equal(Hex.Normalize(expected), body.EncodeToHex());
        Assert.Equal((0x00, 0x03, 0x03, 0x17), ClauseOffsets(body));
    }

    /// <summary>TryStart, TryEnd, HandlerStart and HandlerEnd of the body's only clause, as encoded.</summary>
    private static (int TryStart, int TryEnd, int HandlerStart, int HandlerEnd) ClauseOffsets(ILMethodBody body)
    {
        var clause = Assert.Single(body.ExceptionClauses);
        var offsets = body.ComputeOffsets();
        return (offsets[clause.TryStart], offsets[clause.TryEnd!], offsets[clause.HandlerStart], offsets[clause.HandlerEnd!]);
    }
}
