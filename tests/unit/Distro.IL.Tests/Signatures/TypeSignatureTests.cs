using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class TypeSignatureTests
{
    [Theory]
    [InlineData(ElementType.Boolean)]
    [InlineData(ElementType.Char)]
    [InlineData(ElementType.I1)]
    [InlineData(ElementType.U1)]
    [InlineData(ElementType.I2)]
    [InlineData(ElementType.U2)]
    [InlineData(ElementType.I4)]
    [InlineData(ElementType.U4)]
    [InlineData(ElementType.I8)]
    [InlineData(ElementType.U8)]
    [InlineData(ElementType.R4)]
    [InlineData(ElementType.R8)]
    [InlineData(ElementType.I)]
    [InlineData(ElementType.U)]
    public void Parse_Primitive_IsValueTypeBySignature(ElementType primitive)
    {
        var type = TypeSignature.Parse([(byte)primitive]);

        Assert.Equal(primitive, type.ElementType);
        Assert.True(type.IsValueTypeBySignature);
        Assert.False(type.IsReferenceTypeBySignature);
        Assert.False(type.IsByRef);
        Assert.False(type.IsPointer);
        Assert.False(type.TryGetTypeToken(out _));
    }

    [Theory]
    [InlineData(new byte[] { 0x0E }, ElementType.String)]
    [InlineData(new byte[] { 0x1C }, ElementType.Object)]
    [InlineData(new byte[] { 0x12, 0x05 }, ElementType.Class)]
    [InlineData(new byte[] { 0x1D, 0x11, 0x08 }, ElementType.SzArray)]
    [InlineData(new byte[] { 0x14, 0x08, 0x02, 0x00, 0x00 }, ElementType.Array)]
    [InlineData(new byte[] { 0x15, 0x12, 0x0D, 0x01, 0x08 }, ElementType.GenericInst)]
    public void Parse_ReferenceForm_IsReferenceTypeBySignature(byte[] blob, ElementType elementType)
    {
        var type = TypeSignature.Parse(blob);

        Assert.Equal(elementType, type.ElementType);
        Assert.True(type.IsReferenceTypeBySignature);
        Assert.False(type.IsValueTypeBySignature);
    }

    [Fact]
    public void Parse_Void_IsVoidAndNeitherKind()
    {
        var type = TypeSignature.Parse([0x01]);

        Assert.True(type.IsVoid);
        Assert.False(type.IsValueTypeBySignature);
        Assert.False(type.IsReferenceTypeBySignature);
    }

    [Fact]
    public void Parse_TypedByRef_IsTypedReferenceAndNeitherKind()
    {
        var type = TypeSignature.Parse([0x16]);

        Assert.True(type.IsTypedReference);
        Assert.False(type.IsValueTypeBySignature);
        Assert.False(type.IsReferenceTypeBySignature);
    }

    [Fact]
    public void Parse_ValueTypeToken_ReportsValueTypeAndItsToken()
    {
        var type = TypeSignature.Parse([0x11, 0xC0, 0x00, 0x48, 0xD0]);

        Assert.True(type.IsValueTypeBySignature);
        Assert.True(type.TryGetTypeToken(out var token));
        Assert.Equal(SampleTypes.TypeDefRow0x1234, token);
    }

    [Fact]
    public void Parse_ClassToken_ReportsItsToken()
    {
        var type = TypeSignature.Parse([0x12, 0x80, 0x81]);

        Assert.True(type.TryGetTypeToken(out var token));
        Assert.Equal(SampleTypes.TypeRefRow32, token);
    }

    [Fact]
    public void Parse_GenericValueTypeInstance_ReportsValueTypeAndGenericTypeToken()
    {
        var type = TypeSignature.Parse([0x15, 0x11, 0x05, 0x02, 0x08, 0x15, 0x12, 0x0D, 0x01, 0x1D, 0x1E, 0x00]);

        Assert.Equal(ElementType.GenericInst, type.ElementType);
        Assert.True(type.IsValueTypeBySignature);
        Assert.False(type.IsReferenceTypeBySignature);
        Assert.True(type.TryGetTypeToken(out var token));
        Assert.Equal(SampleTypes.TypeRefRow1, token);
    }

    [Theory]
    [InlineData(new byte[] { 0x0F, 0x08 }, ElementType.Ptr)]
    [InlineData(new byte[] { 0x0F, 0x01 }, ElementType.Ptr)]
    [InlineData(new byte[] { 0x1B, 0x00, 0x01, 0x08, 0x08 }, ElementType.FnPtr)]
    public void Parse_PointerOrFunctionPointer_IsPointerAndNeitherKind(byte[] blob, ElementType elementType)
    {
        var type = TypeSignature.Parse(blob);

        Assert.Equal(elementType, type.ElementType);
        Assert.True(type.IsPointer);
        Assert.False(type.IsValueTypeBySignature);
        Assert.False(type.IsReferenceTypeBySignature);
    }

    [Fact]
    public void Parse_TypeParameterWithTwoByteIndex_ReportsIndex()
    {
        var type = TypeSignature.Parse([0x13, 0x80, 0x80]);

        Assert.True(type.IsGenericTypeParameter);
        Assert.False(type.IsGenericMethodParameter);
        Assert.Equal(128, type.GenericParameterIndex);
        Assert.False(type.IsValueTypeBySignature);
        Assert.False(type.IsReferenceTypeBySignature);
    }

    [Fact]
    public void Parse_MethodParameter_ReportsIndex()
    {
        var type = TypeSignature.Parse([0x1E, 0x02]);

        Assert.True(type.IsGenericMethodParameter);
        Assert.False(type.IsGenericTypeParameter);
        Assert.Equal(2, type.GenericParameterIndex);
    }

    [Fact]
    public void GenericParameterIndex_NotAGenericParameter_ThrowsInvalidOperation()
    {
        var type = TypeSignature.Parse([0x08]);

        Assert.Throws<InvalidOperationException>(() => type.GenericParameterIndex);
    }

    [Fact]
    public void Parse_ByRef_ElementOfByRefIsTheElement()
    {
        var type = TypeSignature.Parse([0x10, 0x1E, 0x00]);

        Assert.True(type.IsByRef);
        Assert.False(type.IsValueTypeBySignature);
        Assert.False(type.IsReferenceTypeBySignature);
        Assert.Equal([0x1E, 0x00], type.ElementOfByRef.ToArray());
        Assert.True(type.ElementOfByRef.IsGenericMethodParameter);
    }

    [Fact]
    public void ElementOfByRef_NotAByRef_ThrowsInvalidOperation()
    {
        var type = TypeSignature.Parse([0x1D, 0x08]);

        Assert.Throws<InvalidOperationException>(() => type.ElementOfByRef);
    }

    [Fact]
    public void Parse_ModifierChain_ReportsModifiersInBlobOrder()
    {
        var type = TypeSignature.Parse([0x1F, 0x05, 0x20, 0x08, 0x08]);

        Assert.Equal([new CustomModifier(true, SampleTypes.TypeRefRow1), new CustomModifier(false, SampleTypes.TypeDefRow2)], type.CustomModifiers);
        Assert.Equal(ElementType.I4, type.ElementType);
        Assert.True(type.IsValueTypeBySignature);
        Assert.True(type.HasRequiredModifier(SampleTypes.TypeRefRow1));
        Assert.True(type.HasOptionalModifier(SampleTypes.TypeDefRow2));
        Assert.False(type.HasRequiredModifier(SampleTypes.TypeDefRow2));
        Assert.False(type.HasOptionalModifier(SampleTypes.TypeRefRow1));
    }

    [Fact]
    public void ElementOfByRef_ModifiersOnBothSides_StripsThoseBeforeByRefAndKeepsThoseAfter()
    {
        var type = TypeSignature.Parse([0x1F, 0x05, 0x10, 0x20, 0x0D, 0x08]);

        var element = type.ElementOfByRef;

        Assert.True(type.IsByRef);
        Assert.True(type.HasRequiredModifier(SampleTypes.TypeRefRow1));
        Assert.Equal([0x20, 0x0D, 0x08], element.ToArray());
        Assert.Equal([new CustomModifier(false, SampleTypes.TypeRefRow3)], element.CustomModifiers);
        Assert.Equal(ElementType.I4, element.ElementType);
        Assert.Equal([0x08], element.WithoutModifiers().ToArray());
    }

    [Fact]
    public void WithoutModifiers_NoModifiers_ReturnsSameInstance()
    {
        var type = TypeSignature.Parse([0x1D, 0x1F, 0x05, 0x1C]);

        Assert.Same(type, type.WithoutModifiers());
        Assert.Empty(type.CustomModifiers);
    }

    [Fact]
    public void Parse_Pinned_ThrowsBecauseOnlyLocalsArePinned()
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => TypeSignature.Parse([0x45, 0x08]));

        Assert.Equal(0, exception.Position);
    }

    [Fact]
    public void Parse_CallerChangesInputAfterwards_KeepsOwnCopy()
    {
        byte[] blob = [0x1D, 0x08];

        var type = TypeSignature.Parse(blob);
        blob[1] = 0x0E;

        Assert.Equal([0x1D, 0x08], type.ToArray());
    }
}
