using Distro.IL.Codec;
using Distro.IL.Rewriting;
using Distro.IL.Tests.Codec;

namespace Distro.IL.Tests.Rewriting;

public class MethodWrapperTests
{
    private const int Int32Token = 0x01000020;
    private const int PointToken = 0x02000004;
    private const int LocalSignatureToken = 0x11000003;

    private static readonly HookTokens s_hooks = new(
        MethodBegin: 0x0A000010,
        MethodEntry: 0x0A000011,
        MethodReturn: 0x0A000012,
        MethodThrowFilter: 0x0A000013,
        LineBegin: 0x0A000015,
        Line: 0x0A000016,
        NotCapturable: 0x0A000014,
        ObjectType: 0x01000005);

    [Fact]
    public void Wrap_StaticMethodWithTwoValueArguments_EncodesGateEntryFilterAndReturnByteForByte()
    {
        // static int Add(int, int) => left + right;  ldarg.0 ldarg.1 add ret
        var body = TestBodies.Decode("12 02 03 58 2A");
        var plan = new MethodRewritePlan(
            s_hooks,
            Instance: null,
            IsConstructor: false,
            [new ParameterPlan(ValueCapture.Box(Int32Token), false, false), new ParameterPlan(ValueCapture.Box(Int32Token), false, false)],
            new MethodWrapPlan(ProbeId: 7, new ReturnPlan(ValueCapture.Box(Int32Token), false), FrameLocal: 0, ReturnLocal: 1, ReturnLocals: []),
            Lines: []);

        MethodRewriter.Apply(body, plan);
        body.LocalVarSigToken = LocalSignatureToken;
        var encoded = body.Encode();

        var expected =
            "0B 30 08 00 50 00 00 00 03 00 00 11"                   // fat header, MoreSects, maxstack 8, 0x50 bytes, locals
            + " 14 0A"                                              // IL_0000 ldnull; stloc.0 (frame = null, outside the try)
            + " 1D 28 10 00 00 0A 0A"                               // IL_0002 ldc.i4.7; call MethodBegin; stloc.0
            + " 06 2C 1F"                                           // IL_0009 ldloc.0; brfalse.s IL_002B (the original first instruction)
            + " 06 14 18 8D 05 00 00 01"                            // IL_000C frame, this = null, new object[2]
            + " 25 16 02 8C 20 00 00 01 A2"                         // IL_0014 [0] = box(arg 0)
            + " 25 17 03 8C 20 00 00 01 A2"                         // IL_001D [1] = box(arg 1)
            + " 28 11 00 00 0A"                                     // IL_0026 call MethodEntry
            + " 02 03 58 0B DE 0B"                                  // IL_002B original body; ret became stloc.1; leave.s IL_003C
            + " 06 28 13 00 00 0A FE 11"                            // IL_0031 filter: ldloc.0; call MethodThrowFilter; endfilter
            + " 26 FE 1A"                                           // IL_0039 handler: pop; rethrow
            + " 06 2C 0F 06 14 07 8C 20 00 00 01 14 14 28 12 00 00 0A" // IL_003C exit: MethodReturn(frame, null, box(result), null, null)
            + " 07 2A"                                              // IL_004E ldloc.1; ret
            + " 01 10 00 00 01 00 02 00 2F 39 00 03 31 00 00 00";   // small EH section: filter, try 0x02+0x2F, handler 0x39+3, filter 0x31
        Assert.Equal(Hex.Normalize(expected), Hex.Of(encoded.Bytes));
        Assert.Equal(
            [new OffsetMapping(0, 0x2B), new OffsetMapping(1, 0x2C), new OffsetMapping(2, 0x2D), new OffsetMapping(3, 0x2E)],
            encoded.OffsetMap);
    }

    [Fact]
    public void Wrap_ShortBranchOverAReturnThatGrows_WidensTheBranch()
    {
        // IL_0000 ldarg.0 | IL_0001 brtrue.s IL_0081 | 124 nops | IL_007F ldc.i4.0 | IL_0080 ret | IL_0081 ldc.i4.1 | IL_0082 ret
        var code = "02 2D 7E " + Hex.Repeat("00", 124) + " 16 2A 17 2A";
        var body = ILMethodBody.Decode([.. Hex.Bytes("13 30 02 00 83 00 00 00 00 00 00 00"), .. Hex.Bytes(code)]);
        var plan = StaticPlan([new ParameterPlan(ValueCapture.Reference, false, false)], new ReturnPlan(ValueCapture.Box(Int32Token), false));

        MethodRewriter.Apply(body, plan);
        var wrapped = ILMethodBody.Decode(body.Encode().Bytes.Span);

        var branch = Assert.Single(wrapped.Instructions, instruction => instruction.OpCode is System.Reflection.Metadata.ILOpCode.Brtrue or System.Reflection.Metadata.ILOpCode.Brtrue_s);
        Assert.Equal(System.Reflection.Metadata.ILOpCode.Brtrue, branch.OpCode);
        Assert.Equal(System.Reflection.Metadata.ILOpCode.Ldc_i4_1, branch.BranchTarget!.OpCode);
        Assert.Equal(2, wrapped.Instructions.Count(instruction => instruction.OpCode == System.Reflection.Metadata.ILOpCode.Leave_s));
    }

    [Fact]
    public void Wrap_MethodWithItsOwnTryCatch_KeepsItsClauseInnermostAndShifted()
    {
        var body = TestBodies.Decode(TestBodies.TryCatch);
        MethodRewriter.Apply(body, StaticPlan([], result: null));
        var wrapped = ILMethodBody.Decode(body.Encode().Bytes.Span);
        var offsets = wrapped.ComputeOffsets();

        Assert.Equal(2, wrapped.ExceptionClauses.Count);
        var original = wrapped.ExceptionClauses[0];
        var added = wrapped.ExceptionClauses[1];
        Assert.Equal(ExceptionClauseKind.Catch, original.Kind);
        Assert.Equal(0x01000001, original.CatchTypeToken);
        Assert.Equal(ExceptionClauseKind.Filter, added.Kind);
        Assert.True(offsets[added.TryStart] < offsets[original.TryStart]);
        Assert.True(offsets[original.HandlerEnd!] <= offsets[added.TryEnd!]);
        Assert.Equal(System.Reflection.Metadata.ILOpCode.Nop, original.TryStart.OpCode);
    }

    [Fact]
    public void Wrap_RefAndOutParameters_PassesMarkerForOutAtEntryAndBothAtReturn()
    {
        // static void Swap(ref int a, out int b) { b = a; }  ldarg.1 ldarg.0 ldind.i4 stind.i4 ret
        var body = TestBodies.Decode("16 03 02 4A 54 2A");
        var plan = StaticPlan(
            [new ParameterPlan(ValueCapture.Box(Int32Token), IsByRef: true, IsOut: false), new ParameterPlan(ValueCapture.Box(Int32Token), IsByRef: true, IsOut: true)],
            result: null);

        MethodRewriter.Apply(body, plan);
        var listing = Listing(body);

        Assert.Contains("ldarg.0 | brfalse.s IL_new | ldarg.0 | ldobj 0x01000020 | box 0x01000020 | br.s IL_new | ldc.i4.5 | call 0x0A000014 | nop | stelem.ref | dup | ldc.i4.1 | ldc.i4.3 | call 0x0A000014 | stelem.ref | call 0x0A000011", listing, StringComparison.Ordinal);
        Assert.Contains("ldarg.1 | brfalse.s IL_new | ldarg.1 | ldobj 0x01000020 | box 0x01000020 | br.s IL_new | ldc.i4.5 | call 0x0A000014 | nop | stelem.ref | ldnull | call 0x0A000012", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_ValueTypeConstructor_PassesMarkerAtEntryAndCopyOfThisAtReturn()
    {
        // Point(int x) { X = x; }  ldarg.0 ldarg.1 stfld ret
        var body = TestBodies.Decode("1E 02 03 7D 01 00 00 04 2A");
        var plan = new MethodRewritePlan(
            s_hooks,
            new InstancePlan(ValueCapture.Box(PointToken), IsByRef: true),
            IsConstructor: true,
            [new ParameterPlan(ValueCapture.Box(Int32Token), false, false)],
            new MethodWrapPlan(ProbeId: 1, Return: null, FrameLocal: 0, ReturnLocal: -1, ReturnLocals: []),
            Lines: []);

        MethodRewriter.Apply(body, plan);
        var listing = Listing(body);

        Assert.Contains("ldloc.0 | ldc.i4.4 | call 0x0A000014 | ldc.i4.1 | newarr 0x01000005", listing, StringComparison.Ordinal);
        Assert.Contains("ldloc.0 | ldarg.0 | brfalse.s IL_new | ldarg.0 | ldobj 0x02000004 | box 0x02000004 | br.s IL_new | ldc.i4.5 | call 0x0A000014 | nop | ldnull | ldnull | ldnull | call 0x0A000012", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_UncapturableValues_PassesMarkersWithTheirReasons()
    {
        // static Span<int> Slice(Span<int> values, int* pointer) => values;  ldarg.0 ret
        var body = TestBodies.Decode("0A 02 2A");
        var plan = StaticPlan(
            [new ParameterPlan(ValueCapture.Uncapturable(UncapturedReason.ByRefLike), false, false), new ParameterPlan(ValueCapture.Uncapturable(UncapturedReason.Pointer), false, false)],
            new ReturnPlan(ValueCapture.Uncapturable(UncapturedReason.ByRefLike), false));

        MethodRewriter.Apply(body, plan);
        var listing = Listing(body);

        Assert.Contains("dup | ldc.i4.0 | ldc.i4.1 | call 0x0A000014 | stelem.ref | dup | ldc.i4.1 | ldc.i4.2 | call 0x0A000014 | stelem.ref", listing, StringComparison.Ordinal);
        Assert.Contains("ldloc.0 | ldnull | ldc.i4.1 | call 0x0A000014 | ldnull | ldnull | call 0x0A000012", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("ldarg.1", listing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("16 27 01 00 00 06", "jmp")]
    [InlineData("22 FE 14 28 01 00 00 06 2A", "tail.")]
    public void Wrap_JmpOrTailCall_IsRefused(string tinyBody, string instruction)
    {
        var body = TestBodies.Decode(tinyBody);

        var refusal = Assert.Throws<RewriteNotSupportedException>(() => MethodRewriter.Apply(body, StaticPlan([], result: null)));

        Assert.Contains(instruction, refusal.Message, StringComparison.Ordinal);
    }

    internal static HookTokens Hooks => s_hooks;

    private static MethodRewritePlan StaticPlan(IReadOnlyList<ParameterPlan> parameters, ReturnPlan? result) =>
        new(s_hooks, Instance: null, IsConstructor: false, parameters, new MethodWrapPlan(ProbeId: 1, result, FrameLocal: 0, ReturnLocal: result is null ? -1 : 1, ReturnLocals: []), Lines: []);

    /// <summary>The opcodes and operands of the body, offsets left out, joined with " | ".</summary>
    private static string Listing(ILMethodBody body) =>
        string.Join(" | ", body.Instructions.Select(instruction => instruction.ToString()[(instruction.ToString().IndexOf(": ", StringComparison.Ordinal) + 2)..]));
}
