using System.Reflection.Metadata;
using Distro.IL.Codec;
using Distro.IL.Rewriting;
using Distro.IL.Tests.Codec;

namespace Distro.IL.Tests.Rewriting;

public class LineProbeTests
{
    private const int Int32Token = 0x01000020;

    [Fact]
    public void LineInALoop_BackwardBranchReachesTheProbe_ByteForByte()
    {
        // static void Spin(int n) { while (n > 0) { n--; } }
        // IL_0000 br.s IL_0007 | IL_0002 ldarg.0; ldc.i4.1; sub; starg.s 0 | IL_0007 ldarg.0; ldc.i4.0; bgt.s IL_0002 | IL_000B ret
        var body = TestBodies.Decode("32 2B 05 02 17 59 10 00 02 16 30 F7 2A");
        var plan = LineOnly(new LinePlan(ILOffset: 2, ProbeId: 9, Locals: []), Parameter(Int32Token));

        MethodRewriter.Apply(body, plan);
        var encoded = body.Encode();

        var expected =
            "03 30 10 00 2D 00 00 00 00 00 00 00"      // fat header: the tiny body's maxstack 8, plus 8; no locals
            + " 2B 26"                                  // IL_0000 br.s IL_0028 (the loop condition, moved)
            + " 1F 09 28 15 00 00 0A 2C 18"            // IL_0002 ldc.i4.s 9; call LineBegin; brfalse.s IL_0023 (the line)
            + " 1F 09 14 17 8D 05 00 00 01"            // IL_000B ldc.i4.s 9; this = null; new object[1]
            + " 25 16 02 8C 20 00 00 01 A2"            // IL_0014 [0] = box(arg 0)
            + " 14 28 16 00 00 0A"                      // IL_001D locals = null; call Line
            + " 02 17 59 10 00"                         // IL_0023 the line: n--
            + " 02 16 30 D6"                            // IL_0028 ldarg.0; ldc.i4.0; bgt.s IL_0002 (now the probe)
            + " 2A";                                    // IL_002C ret
        Assert.Equal(Hex.Normalize(expected), Hex.Of(encoded.Bytes));
    }

    [Fact]
    public void TwoLinesInOneMethod_EachProbeRunsBeforeItsOwnLineWithItsOwnLocals_ByteForByte()
    {
        // static int Next(int n) { var copy = n; return copy + 1; }, one local (int copy)
        // IL_0000 ldarg.0; stloc.0 (line 1) | IL_0002 ldloc.0; ldc.i4.1; add; ret (line 2)
        var body = TestBodies.Decode("13 30 02 00 06 00 00 00 01 00 00 11 | 02 0A 06 17 58 2A");
        var plan = new MethodRewritePlan(
            MethodWrapperTests.Hooks,
            Instance: null,
            IsConstructor: false,
            [Parameter(Int32Token)],
            Wrap: null,
            [
                new LinePlan(ILOffset: 0, ProbeId: 4, Locals: []),
                new LinePlan(ILOffset: 2, ProbeId: 5, Locals: [new LocalCapturePlan(0, ValueCapture.Box(Int32Token), IsByRef: false)]),
            ]);

        MethodRewriter.Apply(body, plan);

        var expected =
            "13 30 0A 00 52 00 00 00 01 00 00 11"      // maxstack 2 + 8, the local signature and init-locals kept
            + " 1A 28 15 00 00 0A 2C 17"               // IL_0000 ldc.i4.4; call LineBegin; brfalse.s IL_001F (line 1)
            + " 1A 14 17 8D 05 00 00 01"               // IL_0008 ldc.i4.4; this = null; new object[1]
            + " 25 16 02 8C 20 00 00 01 A2"            // IL_0010 [0] = box(arg 0)
            + " 14 28 16 00 00 0A"                      // IL_0019 locals = null; call Line
            + " 02 0A"                                  // IL_001F line 1: copy = n
            + " 1B 28 15 00 00 0A 2C 25"               // IL_0021 ldc.i4.5; call LineBegin; brfalse.s IL_004E (line 2)
            + " 1B 14 17 8D 05 00 00 01"               // IL_0029 ldc.i4.5; this = null; new object[1]
            + " 25 16 02 8C 20 00 00 01 A2"            // IL_0031 [0] = box(arg 0)
            + " 17 8D 05 00 00 01"                      // IL_003A new object[1]
            + " 25 16 06 8C 20 00 00 01 A2"            // IL_0040 [0] = box(local 0)
            + " 28 16 00 00 0A"                         // IL_0049 call Line
            + " 06 17 58 2A";                           // IL_004E line 2: return copy + 1
        Assert.Equal(Hex.Normalize(expected), body.EncodeToHex());
    }

    [Fact]
    public void LineAtASwitchTarget_SwitchReachesTheProbe_ByteForByte()
    {
        // static int Pick(int n) { switch (n) { case 0: return 1; case 1: return 2; default: return 0; } }
        // IL_0000 ldarg.0; switch (IL_0010, IL_0012) | IL_000E ldc.i4.0; ret | IL_0010 ldc.i4.1; ret | IL_0012 ldc.i4.2; ret
        var body = ILMethodBody.Decode(TestBodies.Tiny("02 45 02 00 00 00 02 00 00 00 04 00 00 00 16 2A 17 2A 18 2A"));
        var plan = LineOnly(new LinePlan(ILOffset: 0x10, ProbeId: 2, Locals: []), Parameter(Int32Token));

        MethodRewriter.Apply(body, plan);

        var expected =
            "03 30 10 00 33 00 00 00 00 00 00 00"      // fat header: maxstack 8 + 8
            + " 02 45 02 00 00 00 02 00 00 00 23 00 00 00" // IL_0000 ldarg.0; switch (IL_0010 the probe, IL_0031)
            + " 16 2A"                                  // IL_000E default: return 0
            + " 18 28 15 00 00 0A 2C 17"               // IL_0010 ldc.i4.2; call LineBegin; brfalse.s IL_002F (case 0)
            + " 18 14 17 8D 05 00 00 01"               // IL_0018 ldc.i4.2; this = null; new object[1]
            + " 25 16 02 8C 20 00 00 01 A2"            // IL_0020 [0] = box(arg 0)
            + " 14 28 16 00 00 0A"                      // IL_0029 locals = null; call Line
            + " 17 2A"                                  // IL_002F case 0: return 1
            + " 18 2A";                                 // IL_0031 case 1: return 2
        Assert.Equal(Hex.Normalize(expected), body.EncodeToHex());
    }

    [Fact]
    public void Locals_AreBoxedLoadedThroughRefsOrReplacedByMarkers()
    {
        // Three locals; the line is the only instruction: ret.
        var body = TestBodies.Decode("06 2A");
        var line = new LinePlan(0, 3,
        [
            new LocalCapturePlan(0, ValueCapture.Box(Int32Token), IsByRef: false),
            new LocalCapturePlan(1, ValueCapture.Box(Int32Token), IsByRef: true),
            new LocalCapturePlan(2, ValueCapture.Uncapturable(UncapturedReason.ByRefLike), IsByRef: false),
        ]);

        MethodRewriter.Apply(body, LineOnly(line));

        var listing = Listing(body);
        Assert.Contains(
            "ldc.i4.3 | newarr 0x01000005 | dup | ldc.i4.0 | ldloc.0 | box 0x01000020 | stelem.ref"
            + " | dup | ldc.i4.1 | ldloc.1 | brfalse.s IL_new | ldloc.1 | ldobj 0x01000020 | box 0x01000020 | br.s IL_new | ldc.i4.5 | call 0x0A000014 | nop | stelem.ref"
            + " | dup | ldc.i4.2 | ldc.i4.1 | call 0x0A000014 | stelem.ref | call 0x0A000016 | ret",
            listing,
            StringComparison.Ordinal);
        Assert.DoesNotContain("ldloc.2", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void ByRefLocal_NullOrNot_IsDereferencedOnlyWhenNotNull_ByteForByte()
    {
        // One ref int local, not assigned yet where the line is (a ref local is null until assigned); the line is ret.
        var body = TestBodies.Decode("06 2A");
        var line = new LinePlan(0, 1, [new LocalCapturePlan(0, ValueCapture.Box(Int32Token), IsByRef: true)]);

        MethodRewriter.Apply(body, LineOnly(line));
        var encoded = body.Encode();

        var expected =
            "03 30 10 00 31 00 00 00 00 00 00 00"      // fat header: maxstack 8 + 8, no locals signature of its own
            + " 17 28 15 00 00 0A 2C 28"               // IL_0000 ldc.i4.1; call LineBegin; brfalse.s IL_0030 (the line)
            + " 17 14 14 17 8D 05 00 00 01"            // IL_0008 probe id; this = null; arguments = null; new object[1]
            + " 25 16 06 2C 0D"                         // IL_0011 dup; ldc.i4.0; ldloc.0; brfalse.s IL_0023 (null: the marker)
            + " 06 71 20 00 00 01 8C 20 00 00 01 2B 06" // IL_0016 ldloc.0; ldobj int; box int; br.s IL_0029
            + " 1B 28 14 00 00 0A"                      // IL_0023 ldc.i4.5 (NullReference); call NotCapturable
            + " 00 A2"                                  // IL_0029 nop; stelem.ref
            + " 28 16 00 00 0A"                         // IL_002B call Line
            + " 2A";                                    // IL_0030 the line: ret
        Assert.Equal(Hex.Normalize(expected), Hex.Of(encoded.Bytes));
    }

    [Fact]
    public void LineAndMethodProbes_CombineInOneRewriteWithTheLineInsideTheTry()
    {
        // static int Add(int, int): ldarg.0 ldarg.1 add ret; a line probe at the first instruction.
        var body = TestBodies.Decode("12 02 03 58 2A");
        var plan = new MethodRewritePlan(
            MethodWrapperTests.Hooks,
            Instance: null,
            IsConstructor: false,
            [Parameter(Int32Token), Parameter(Int32Token)],
            new MethodWrapPlan(ProbeId: 7, new ReturnPlan(ValueCapture.Box(Int32Token), false), FrameLocal: 0, ReturnLocal: 1, ReturnLocals: []),
            [new LinePlan(ILOffset: 0, ProbeId: 8, Locals: [])]);

        MethodRewriter.Apply(body, plan);
        var encoded = ILMethodBody.Decode(body.Encode().Bytes.Span);

        var listing = Listing(encoded);
        var entryCall = listing.IndexOf("call 0x0A000011", StringComparison.Ordinal);
        var lineGate = listing.IndexOf("ldc.i4.8 | call 0x0A000015", StringComparison.Ordinal);
        Assert.True(entryCall >= 0 && lineGate > entryCall);
        var offsets = encoded.ComputeOffsets();
        var clause = encoded.ExceptionClauses.Single();
        var lineStart = encoded.Instructions.First(instruction => instruction.OpCode == ILOpCode.Call && instruction.Token == 0x0A000015);
        Assert.True(offsets[clause.TryStart] < offsets[lineStart] && offsets[lineStart] < offsets[clause.TryEnd!]);
        var gateSkip = encoded.Instructions.First(instruction => instruction.OpCode == ILOpCode.Brfalse_s);
        Assert.Equal(ILOpCode.Ldc_i4_8, gateSkip.BranchTarget!.OpCode);
    }

    [Fact]
    public void LineProbeOnly_InAMethodWithATailCall_IsAllowed()
    {
        var body = TestBodies.Decode("22 FE 14 28 01 00 00 06 2A");

        MethodRewriter.Apply(body, LineOnly(new LinePlan(0, 1, [])));

        Assert.Contains(body.Instructions, instruction => instruction.OpCode == ILOpCode.Tail);
    }

    [Fact]
    public void LineAtAnOffsetInsideAnInstruction_IsRefused()
    {
        var body = TestBodies.Decode("12 02 03 58 2A");

        Assert.Throws<RewriteNotSupportedException>(() => MethodRewriter.Apply(body, LineOnly(new LinePlan(ILOffset: 7, ProbeId: 1, Locals: []))));
    }

    internal static ParameterPlan Parameter(int token) => new(ValueCapture.Box(token), IsByRef: false, IsOut: false);

    internal static MethodRewritePlan LineOnly(LinePlan line, params ParameterPlan[] parameters) =>
        new(MethodWrapperTests.Hooks, Instance: null, IsConstructor: false, parameters, Wrap: null, [line]);

    private static string Listing(ILMethodBody body) =>
        string.Join(" | ", body.Instructions.Select(instruction => instruction.ToString()[(instruction.ToString().IndexOf(": ", StringComparison.Ordinal) + 2)..]));
}
