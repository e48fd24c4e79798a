using System.Reflection;
using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

/// <summary>Parses signatures the C# compiler and the runtime's own assembly emitted, not hand-written bytes.</summary>
public sealed class RealSignatureTests : IDisposable
{
    private readonly AssemblyMetadata _tests = AssemblyMetadata.Of(typeof(SignatureSamples).Assembly);

    [Fact]
    public void Parse_GenericMethodWithRefOutInAndSpan_ReportsEachParameter()
    {
        var method = MethodSignature.Parse(_tests.MethodSignatureOf(SampleMethod(nameof(SignatureSamples.Combine))));

        Assert.True(method.IsGeneric);
        Assert.False(method.HasThis);
        Assert.Equal(1, method.GenericParameterCount);
        Assert.Equal(4, method.Parameters.Count);
        Assert.Equal([0x1E, 0x00], method.ReturnType.ToArray());
        Assert.All(method.Parameters.Take(3), parameter =>
        {
            // ref, out and in all encode as BYREF !!0; out and in are parameter attributes, not signature bytes, on a static method.
            Assert.Equal([0x10, 0x1E, 0x00], parameter.ToArray());
            Assert.True(parameter.ElementOfByRef.IsGenericMethodParameter);
            Assert.Equal(0, parameter.ElementOfByRef.GenericParameterIndex);
        });
        var span = method.Parameters[3];
        Assert.Equal(ElementType.GenericInst, span.ElementType);
        Assert.True(span.IsValueTypeBySignature);
        Assert.True(span.TryGetTypeToken(out var spanToken));
        Assert.Equal("System.Span`1", _tests.TypeNameOf(spanToken));
        Assert.Equal([0x15, 0x11, .. CodedIndexOf(spanToken), 0x01, 0x1E, 0x00], span.ToArray());
    }

    [Fact]
    public void Parse_InterfaceMethodWithInParameter_ReportsModreqOfInAttribute()
    {
        var inAttribute = _tests.TypeReferenceToken("System.Runtime.InteropServices", "InAttribute");

        var method = MethodSignature.Parse(_tests.MethodSignatureOf(typeof(IReadsInput).GetMethod(nameof(IReadsInput.Read))!));

        var parameter = method.Parameters[0];
        Assert.True(method.HasThis);
        Assert.True(parameter.HasRequiredModifier(inAttribute));
        Assert.True(parameter.IsByRef);
        Assert.Equal([0x1F, .. CodedIndexOf(inAttribute), 0x10, 0x08], parameter.ToArray());
        Assert.Equal([0x08], parameter.ElementOfByRef.ToArray());
    }

    [Fact]
    public void Parse_SixteenParameterMethod_ReportsEveryPrimitive()
    {
        var method = MethodSignature.Parse(_tests.MethodSignatureOf(SampleMethod(nameof(SignatureSamples.Primitives))));

        Assert.Equal(
            [
                ElementType.U1, ElementType.I1, ElementType.I2, ElementType.U2, ElementType.I4, ElementType.U4, ElementType.I8, ElementType.U8,
                ElementType.R4, ElementType.R8, ElementType.Char, ElementType.Boolean, ElementType.I, ElementType.U, ElementType.String, ElementType.Object,
            ],
            method.Parameters.Select(parameter => parameter.ElementType));
        Assert.Equal(14, method.Parameters.Count(parameter => parameter.IsValueTypeBySignature));
        Assert.Equal(2, method.Parameters.Count(parameter => parameter.IsReferenceTypeBySignature));
    }

    [Fact]
    public void Parse_MultiDimensionalJaggedAndNestedGeneric_ReportsExactBytes()
    {
        var method = MethodSignature.Parse(_tests.MethodSignatureOf(SampleMethod(nameof(SignatureSamples.Shapes))));

        Assert.True(method.ReturnType.TryGetTypeToken(out var dictionary));
        Assert.Equal("System.Collections.Generic.Dictionary`2", _tests.TypeNameOf(dictionary));
        var list = _tests.TypeReferenceToken("System.Collections.Generic", "List`1");
        Assert.Equal(
            [0x15, 0x12, .. CodedIndexOf(dictionary), 0x02, 0x0E, 0x15, 0x12, .. CodedIndexOf(list), 0x01, 0x1D, 0x1E, 0x00],
            method.ReturnType.ToArray());
        Assert.Equal([0x14, 0x08, 0x02, 0x00, 0x02, 0x00, 0x00], method.Parameters[0].ToArray());
        Assert.Equal([0x1D, 0x1D, 0x1E, 0x00], method.Parameters[1].ToArray());
    }

    [Fact]
    public void Parse_GenericStructInstanceMethod_ReportsThisAndTypeParameters()
    {
        var method = MethodSignature.Parse(_tests.MethodSignatureOf(typeof(SamplePair<>).GetMethod(nameof(SamplePair<int>.Swap))!));

        Assert.True(method.HasThis);
        Assert.False(method.IsGeneric);
        Assert.Equal([0x13, 0x00], method.ReturnType.ToArray());
        Assert.True(method.ReturnType.IsGenericTypeParameter);
        Assert.Equal([0x10, 0x13, 0x00], method.Parameters[0].ToArray());
    }

    [Fact]
    public void Parse_CoreLibraryPointerMethod_ReportsVoidPointers()
    {
        using var coreLibrary = AssemblyMetadata.Of(typeof(object).Assembly);
        var voidPointer = typeof(void).MakePointerType();
        var memoryCopy = typeof(Buffer).GetMethod(nameof(Buffer.MemoryCopy), [voidPointer, voidPointer, typeof(long), typeof(long)])!;

        var method = MethodSignature.Parse(coreLibrary.MethodSignatureOf(memoryCopy));

        Assert.Equal([0x00, 0x04, 0x01, 0x0F, 0x01, 0x0F, 0x01, 0x0A, 0x0A], method.Bytes.ToArray());
        Assert.True(method.Parameters[0].IsPointer);
        Assert.False(method.Parameters[0].IsValueTypeBySignature);
    }

    [Fact]
    public void Parse_CoreLibraryGenericStructConstructorWithPointer_ReportsThisAndPointer()
    {
        using var coreLibrary = AssemblyMetadata.Of(typeof(object).Assembly);
        var constructor = typeof(Span<>).GetConstructor([typeof(void).MakePointerType(), typeof(int)])!;

        var method = MethodSignature.Parse(coreLibrary.MethodSignatureOf(constructor));

        Assert.Equal([0x20, 0x02, 0x01, 0x0F, 0x01, 0x08], method.Bytes.ToArray());
        Assert.True(method.HasThis);
        Assert.True(method.Parameters[0].IsPointer);
    }

    [Fact]
    public void Parse_LocalSignatureOfForeachLoop_ReportsAccumulatorAndEnumerator()
    {
        var locals = LocalSignature.Parse(_tests.LocalSignatureOf(SampleMethod(nameof(SignatureSamples.SumWithLocals)))).Locals;

        Assert.Contains(locals, local => local.ElementType == ElementType.I8);
        var enumerator = Assert.Single(locals, local => local.ElementType == ElementType.GenericInst);
        Assert.True(enumerator.IsValueTypeBySignature);
        Assert.True(enumerator.TryGetTypeToken(out var enumeratorToken));
        Assert.Equal("Enumerator", _tests.TypeNameOf(enumeratorToken));
        Assert.Equal([0x15, 0x11, .. CodedIndexOf(enumeratorToken), 0x01, 0x08], enumerator.ToArray());
    }

    [Fact]
    public void Append_RealLocalSignature_KeepsOriginalLocalsAndAddsNewOnes()
    {
        var original = _tests.LocalSignatureOf(SampleMethod(nameof(SignatureSamples.SumWithLocals)));
        var originalLocals = LocalSignature.Parse(original).Locals;

        var appended = LocalSignature.Parse(LocalSignature.Append(original, [TypeBlob.Object(), TypeBlob.SzArray(TypeBlob.Object())], out var firstNewLocalIndex)).Locals;

        Assert.Equal(originalLocals.Count, firstNewLocalIndex);
        Assert.Equal(
            [.. originalLocals.Select(local => local.ToArray()), [0x1C], [0x1D, 0x1C]],
            appended.Select(local => local.ToArray()));
    }

    public void Dispose() => _tests.Dispose();

    private static MethodInfo SampleMethod(string name) => typeof(SignatureSamples).GetMethod(name)!;

    private static byte[] CodedIndexOf(int token)
    {
        var buffer = new byte[CompressedInteger.MaxLength];
        return buffer[..TypeDefOrRefOrSpec.Write(token, buffer)];
    }
}
