using System.Reflection.Metadata;
using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class MethodSignatureTests
{
    [Fact]
    public void Parse_StaticVoidWithoutParameters_ReportsDefaultConvention()
    {
        var method = MethodSignature.Parse([0x00, 0x00, 0x01]);

        Assert.Equal(SignatureCallingConvention.Default, method.Header.CallingConvention);
        Assert.False(method.HasThis);
        Assert.False(method.HasExplicitThis);
        Assert.False(method.IsGeneric);
        Assert.False(method.IsVarArg);
        Assert.Equal(0, method.GenericParameterCount);
        Assert.True(method.ReturnType.IsVoid);
        Assert.Empty(method.Parameters);
        Assert.Null(method.SentinelIndex);
    }

    [Fact]
    public void Parse_InstanceMethod_ReportsHasThisAndEachParameter()
    {
        // instance int32 M(string, int32&)
        var method = MethodSignature.Parse([0x20, 0x02, 0x08, 0x0E, 0x10, 0x08]);

        Assert.True(method.HasThis);
        Assert.False(method.HasExplicitThis);
        Assert.Equal([0x08], method.ReturnType.ToArray());
        Assert.Equal([0x0E], method.Parameters[0].ToArray());
        Assert.Equal([0x10, 0x08], method.Parameters[1].ToArray());
        Assert.True(method.Parameters[1].IsByRef);
    }

    [Fact]
    public void Parse_ExplicitThis_SpellsThisTypeAsFirstParameter()
    {
        // instance explicit void M(class TypeRef 1)
        var method = MethodSignature.Parse([0x60, 0x01, 0x01, 0x12, 0x05]);

        Assert.True(method.HasThis);
        Assert.True(method.HasExplicitThis);
        Assert.True(method.Parameters[0].TryGetTypeToken(out var thisType));
        Assert.Equal(SampleTypes.TypeRefRow1, thisType);
    }

    [Fact]
    public void Parse_GenericMethod_ReportsGenericParameterCountAndMethodParameters()
    {
        // !!0 M<T, U>(!!1, class TypeRef 3<!!0>)
        var method = MethodSignature.Parse([0x10, 0x02, 0x02, 0x1E, 0x00, 0x1E, 0x01, 0x15, 0x12, 0x0D, 0x01, 0x1E, 0x00]);

        Assert.True(method.IsGeneric);
        Assert.False(method.HasThis);
        Assert.Equal(2, method.GenericParameterCount);
        Assert.Equal(0, method.ReturnType.GenericParameterIndex);
        Assert.Equal(1, method.Parameters[0].GenericParameterIndex);
        Assert.Equal([0x15, 0x12, 0x0D, 0x01, 0x1E, 0x00], method.Parameters[1].ToArray());
        Assert.True(method.Parameters[1].IsReferenceTypeBySignature);
    }

    [Fact]
    public void Parse_GenericInstanceMethod_ReportsBothFlags()
    {
        // instance void M<T>()
        var method = MethodSignature.Parse([0x30, 0x01, 0x00, 0x01]);

        Assert.True(method.HasThis);
        Assert.True(method.IsGeneric);
        Assert.Equal(1, method.GenericParameterCount);
        Assert.Empty(method.Parameters);
    }

    [Fact]
    public void Parse_VarArgCallSite_ReportsWhereTheExtraArgumentsStart()
    {
        // vararg void M(int32, ..., string, object)
        var method = MethodSignature.Parse([0x05, 0x03, 0x01, 0x08, 0x41, 0x0E, 0x1C]);

        Assert.True(method.IsVarArg);
        Assert.Equal(1, method.SentinelIndex);
        Assert.Equal([[0x08], [0x0E], [0x1C]], method.Parameters.Select(parameter => parameter.ToArray()));
    }

    [Fact]
    public void Parse_VarArgDefinition_HasNoSentinel()
    {
        var method = MethodSignature.Parse([0x05, 0x01, 0x01, 0x08]);

        Assert.True(method.IsVarArg);
        Assert.Null(method.SentinelIndex);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x02, 0x01, 0x08, 0x41, 0x08 }, 4)]
    [InlineData(new byte[] { 0x05, 0x03, 0x01, 0x08, 0x41, 0x08, 0x41, 0x08 }, 6)]
    public void Parse_SentinelOutsideVarArgOrTwice_ThrowsAtTheSentinel(byte[] blob, int position)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => MethodSignature.Parse(blob));

        Assert.Equal(position, exception.Position);
    }

    [Fact]
    public void Parse_FunctionPointerParameter_WalksTheInnerSignature()
    {
        // void M(method string *(int32), object)
        var method = MethodSignature.Parse([0x00, 0x02, 0x01, 0x1B, 0x00, 0x01, 0x0E, 0x08, 0x1C]);

        Assert.Equal([0x1B, 0x00, 0x01, 0x0E, 0x08], method.Parameters[0].ToArray());
        Assert.True(method.Parameters[0].IsPointer);
        Assert.Equal([0x1C], method.Parameters[1].ToArray());
    }

    [Fact]
    public void Parse_InParameter_ExposesModreqAndElement()
    {
        // instance void M(int32& modreq(TypeRef 1)), as C# emits `in int` on a virtual method
        var method = MethodSignature.Parse([0x20, 0x01, 0x01, 0x1F, 0x05, 0x10, 0x08]);

        var parameter = method.Parameters[0];

        Assert.True(parameter.HasRequiredModifier(SampleTypes.TypeRefRow1));
        Assert.True(parameter.IsByRef);
        Assert.Equal([0x08], parameter.ElementOfByRef.ToArray());
    }

    [Fact]
    public void Parse_RefReadonlyReturn_ExposesModreqOnTheReturnType()
    {
        var method = MethodSignature.Parse([0x00, 0x00, 0x1F, 0x05, 0x10, 0x08]);

        Assert.True(method.ReturnType.IsByRef);
        Assert.True(method.ReturnType.HasRequiredModifier(SampleTypes.TypeRefRow1));
    }

    [Fact]
    public void Parse_ThirteenMixedParameters_SplitsEachParameterExactly()
    {
        byte[][] parameters =
        [
            [0x08],
            [0x0E],
            [0x10, 0x1E, 0x00],
            [0x1F, 0x05, 0x10, 0x08],
            [0x15, 0x11, 0x05, 0x02, 0x08, 0x15, 0x12, 0x0D, 0x01, 0x1D, 0x1E, 0x00],
            [0x14, 0x08, 0x03, 0x02, 0x02, 0x80, 0x80, 0x02, 0xBF, 0x39, 0x0A],
            [0x1B, 0x00, 0x01, 0x08, 0x08],
            [0x0F, 0x01],
            [0x1D, 0x1C],
            [0x13, 0x80, 0x80],
            [0x11, 0xC0, 0x00, 0x48, 0xD0],
            [0x16],
            [0x20, 0x08, 0x12, 0x80, 0x81],
        ];
        byte[] blob = [0x10, 0x01, 0x0D, 0x01, .. parameters.SelectMany(parameter => parameter)];

        var method = MethodSignature.Parse(blob);

        Assert.Equal(parameters, method.Parameters.Select(parameter => parameter.ToArray()));
    }

    [Fact]
    public void Parse_130Parameters_ReadsTwoByteCount()
    {
        byte[] blob = [0x00, 0x80, 0x82, 0x01, .. Enumerable.Repeat((byte)0x08, 130)];

        var method = MethodSignature.Parse(blob);

        Assert.Equal(130, method.Parameters.Count);
        Assert.All(method.Parameters, parameter => Assert.Equal(ElementType.I4, parameter.ElementType));
    }

    [Theory]
    [InlineData(0x01, SignatureCallingConvention.CDecl)]
    [InlineData(0x02, SignatureCallingConvention.StdCall)]
    [InlineData(0x03, SignatureCallingConvention.ThisCall)]
    [InlineData(0x04, SignatureCallingConvention.FastCall)]
    [InlineData(0x09, SignatureCallingConvention.Unmanaged)]
    public void Parse_UnmanagedCallingConvention_IsAccepted(byte header, SignatureCallingConvention callingConvention)
    {
        var method = MethodSignature.Parse([header, 0x00, 0x01]);

        Assert.Equal(callingConvention, method.Header.CallingConvention);
    }

    [Theory]
    [InlineData(0x06)]
    [InlineData(0x07)]
    [InlineData(0x08)]
    [InlineData(0x0A)]
    [InlineData(0x0F)]
    [InlineData(0x80)]
    public void Parse_HeaderOfAnotherSignatureKind_ThrowsAtTheHeader(byte header)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => MethodSignature.Parse([header, 0x00, 0x01]));

        Assert.Equal(0, exception.Position);
    }

    [Fact]
    public void Parse_GenericHeaderWithoutCount_ThrowsAfterTheHeader()
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => MethodSignature.Parse([0x10]));

        Assert.Equal(1, exception.Position);
    }

    [Fact]
    public void Parse_TrailingBytes_ThrowsAtTheFirstExtraByte()
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => MethodSignature.Parse([0x00, 0x00, 0x01, 0x01]));

        Assert.Equal(3, exception.Position);
    }

    [Fact]
    public void Parse_EveryStrictPrefix_ThrowsInvalidSignature()
    {
        byte[] blob = [0x30, 0x01, 0x03, 0x1F, 0x05, 0x10, 0x1E, 0x00, 0x1B, 0x00, 0x01, 0x0E, 0x08, 0x14, 0x08, 0x02, 0x01, 0x03, 0x02, 0x7F, 0x00, 0x15, 0x11, 0x05, 0x01, 0x13, 0x00];
        Assert.Equal(3, MethodSignature.Parse(blob).Parameters.Count);

        for (var length = 0; length < blob.Length; length++)
        {
            var prefix = blob[..length];

            Assert.Throws<InvalidSignatureException>(() => MethodSignature.Parse(prefix));
        }
    }

    [Fact]
    public void Parse_CallerChangesInputAfterwards_KeepsOwnCopy()
    {
        byte[] blob = [0x00, 0x01, 0x01, 0x08];

        var method = MethodSignature.Parse(blob);
        blob[3] = 0x0E;

        Assert.Equal([0x08], method.Parameters[0].ToArray());
        Assert.Equal([0x00, 0x01, 0x01, 0x08], method.Bytes.ToArray());
    }
}
