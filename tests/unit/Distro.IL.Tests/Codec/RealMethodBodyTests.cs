using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class RealMethodBodyTests
{
    [Fact]
    public void RoundTrip_TinyMethod_ReproducesBytes()
    {
        var (raw, _) = RoundTrip(nameof(SampleMethods.Add));

        Assert.Equal(0x2, raw[0] & 0x3);
    }

    [Fact]
    public void RoundTrip_MethodWithSwitch_ReproducesBytes()
    {
        var (_, body) = RoundTrip(nameof(SampleMethods.Switch));

        var @switch = Assert.Single(body.Instructions, instruction => instruction.OpCode == ILOpCode.Switch);
        Assert.Equal(5, @switch.SwitchTargets!.Length);
    }

    [Fact]
    public void RoundTrip_MethodWithTryCatchFinally_ReproducesBytes()
    {
        var (_, body) = RoundTrip(nameof(SampleMethods.TryCatchFinally));

        Assert.Equal([ExceptionClauseKind.Catch, ExceptionClauseKind.Finally], body.ExceptionClauses.Select(clause => clause.Kind));
    }

    [Fact]
    public void RoundTrip_MethodWithFilter_ReproducesBytes()
    {
        var (_, body) = RoundTrip(nameof(SampleMethods.FilterWhen));

        var clause = Assert.Single(body.ExceptionClauses);
        Assert.Equal(ExceptionClauseKind.Filter, clause.Kind);
        Assert.NotNull(clause.FilterStart);
    }

    [Fact]
    public void RoundTrip_MethodWithLoop_ReproducesBytes()
    {
        var (_, body) = RoundTrip(nameof(SampleMethods.Loop));

        Assert.Contains(body.Instructions, instruction => instruction.BranchTarget?.OriginalOffset < instruction.OriginalOffset);
    }

    [Fact]
    public void RoundTrip_MethodWithStackAlloc_ReproducesBytes()
    {
        var (_, body) = RoundTrip(nameof(SampleMethods.StackAlloc));

        Assert.Contains(body.Instructions, instruction => instruction.OpCode == ILOpCode.Localloc);
        Assert.True(body.InitLocals);
    }

    [Fact]
    public void RoundTrip_LargeMethod_ReproducesBytes()
    {
        var (raw, body) = RoundTrip(nameof(SampleMethods.Large));

        Assert.Equal(0x3, raw[0] & 0x3);
        Assert.True(BinaryPrimitives.ReadInt32LittleEndian(raw.AsSpan(4)) > 64);
        Assert.NotEqual(0, body.LocalVarSigToken);
        Assert.NotEmpty(body.ExceptionClauses);
    }

    [Fact]
    public void RoundTrip_AsyncStateMachine_ReproducesBytes()
    {
        var stateMachine = typeof(SampleMethods).GetMethod(nameof(SampleMethods.AsyncWithAwait))!
            .GetCustomAttribute<AsyncStateMachineAttribute>()!.StateMachineType;
        var raw = CompiledMethodBodies.Of(stateMachine.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic)!);

        var body = ILMethodBody.Decode(raw);

        Assert.Equal(2, body.ExceptionClauses.Count);
        Assert.Equal(Hex.Of(raw), body.EncodeToHex());
    }

    [Fact]
    public void RoundTrip_EveryMethodOfThisTestAssembly_ReproducesBytes() =>
        AssertEveryBodyRoundTrips(typeof(RealMethodBodyTests).Assembly.Location);

    [Fact]
    public void RoundTrip_EveryMethodOfTheCodecAssembly_ReproducesBytes() =>
        AssertEveryBodyRoundTrips(typeof(ILMethodBody).Assembly.Location);

    // CoreLib is not all Roslyn output (the trimmer rewrites some bodies and may pick a fat exception
    // section where a small one fits), so only header, code and clause boundaries must be identical.
    [Fact]
    public void RoundTrip_EveryMethodOfCoreLib_ReproducesHeaderCodeAndClauses()
    {
        var mismatches = new List<string>();
        foreach (var (name, raw) in CompiledMethodBodies.In(typeof(object).Assembly.Location))
        {
            var original = ILMethodBody.Decode(raw);
            var encoded = original.Encode().Bytes.ToArray();
            var headerAndCode = HeaderAndCodeSize(raw);
            var reencoded = ILMethodBody.Decode(encoded);
            if (!encoded.AsSpan(0, Math.Min(headerAndCode, encoded.Length)).SequenceEqual(raw.AsSpan(0, headerAndCode))
                || !Clauses(original).SequenceEqual(Clauses(reencoded)))
            {
                mismatches.Add(name);
            }
        }

        Assert.Empty(mismatches);
    }

    private static (byte[] Raw, ILMethodBody Body) RoundTrip(string sampleMethodName)
    {
        var raw = CompiledMethodBodies.Of(typeof(SampleMethods).GetMethod(sampleMethodName)!);

        var body = ILMethodBody.Decode(raw);

        Assert.Equal(Hex.Of(raw), body.EncodeToHex());
        return (raw, body);
    }

    private static void AssertEveryBodyRoundTrips(string assemblyPath)
    {
        var bodies = CompiledMethodBodies.In(assemblyPath);

        var mismatches = bodies
            .Where(method => !ILMethodBody.Decode(method.Body).Encode().Bytes.Span.SequenceEqual(method.Body))
            .Select(method => method.Name);

        Assert.NotEmpty(bodies);
        Assert.Empty(mismatches);
    }

    private static int HeaderAndCodeSize(byte[] raw) =>
        (raw[0] & 0x3) == 0x2 ? 1 + (raw[0] >> 2) : 12 + BinaryPrimitives.ReadInt32LittleEndian(raw.AsSpan(4));

    private static IEnumerable<(ExceptionClauseKind, int, int, int, int, int, int)> Clauses(ILMethodBody body) =>
        body.ExceptionClauses.Select(clause => (
            clause.Kind,
            clause.CatchTypeToken,
            clause.TryStart.OriginalOffset,
            clause.TryEnd?.OriginalOffset ?? -1,
            clause.HandlerStart.OriginalOffset,
            clause.HandlerEnd?.OriginalOffset ?? -1,
            clause.FilterStart?.OriginalOffset ?? -1));
}
