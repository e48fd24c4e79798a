using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class TypeBlobTests
{
    private const int ExceptionTypeRef = 0x0100000A; // coded index 0x29

    [Fact]
    public void Object_Always_IsTheObjectElementType()
    {
        Assert.Equal([0x1C], TypeBlob.Object());
    }

    [Theory]
    [InlineData(ElementType.Void, 0x01)]
    [InlineData(ElementType.Boolean, 0x02)]
    [InlineData(ElementType.I4, 0x08)]
    [InlineData(ElementType.String, 0x0E)]
    [InlineData(ElementType.TypedByRef, 0x16)]
    public void Simple_SingleByteType_IsItsElementType(ElementType elementType, byte expected)
    {
        Assert.Equal([expected], TypeBlob.Simple(elementType));
    }

    [Theory]
    [InlineData(ElementType.Class)]
    [InlineData(ElementType.SzArray)]
    [InlineData(ElementType.Pinned)]
    [InlineData(ElementType.End)]
    public void Simple_TypeThatNeedsMoreBytes_ThrowsArgumentOutOfRange(ElementType elementType)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TypeBlob.Simple(elementType));
    }

    [Fact]
    public void Class_TypeRef_WritesClassAndCodedIndex()
    {
        Assert.Equal([0x12, 0x29], TypeBlob.Class(ExceptionTypeRef));
    }

    [Fact]
    public void ValueType_TypeDefWithLargeRow_WritesFourByteCodedIndex()
    {
        Assert.Equal([0x11, 0xC0, 0x00, 0x48, 0xD0], TypeBlob.ValueType(SampleTypes.TypeDefRow0x1234));
    }

    [Fact]
    public void Class_MethodDefToken_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TypeBlob.Class(0x06000001));
    }

    [Theory]
    [InlineData(0, new byte[] { 0x13, 0x00 })]
    [InlineData(200, new byte[] { 0x13, 0x80, 0xC8 })]
    public void GenericTypeParameter_Index_WritesVar(int index, byte[] expected)
    {
        Assert.Equal(expected, TypeBlob.GenericTypeParameter(index));
    }

    [Fact]
    public void GenericMethodParameter_Index_WritesMVar()
    {
        Assert.Equal([0x1E, 0x01], TypeBlob.GenericMethodParameter(1));
    }

    [Fact]
    public void GenericTypeParameter_NegativeIndex_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TypeBlob.GenericTypeParameter(-1));
    }

    [Fact]
    public void SelfInstantiatedGenericType_Class_InstantiatesOverVarZeroToN()
    {
        // class TypeDef 5<!0, !1>
        Assert.Equal([0x15, 0x12, 0x14, 0x02, 0x13, 0x00, 0x13, 0x01], TypeBlob.SelfInstantiatedGenericType(0x02000005, isValueType: false, 2));
    }

    [Fact]
    public void SelfInstantiatedGenericType_ValueType_UsesValueTypeKind()
    {
        Assert.Equal([0x15, 0x11, 0x14, 0x01, 0x13, 0x00], TypeBlob.SelfInstantiatedGenericType(0x02000005, isValueType: true, 1));
    }

    [Fact]
    public void SelfInstantiatedGenericType_NoParameters_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TypeBlob.SelfInstantiatedGenericType(0x02000005, isValueType: false, 0));
    }

    [Fact]
    public void GenericInstance_TypeArguments_WritesThemInOrder()
    {
        // valuetype TypeRef 3<int32, string[]>
        Assert.Equal([0x15, 0x11, 0x0D, 0x02, 0x08, 0x1D, 0x0E], TypeBlob.GenericInstance(SampleTypes.TypeRefRow3, isValueType: true, [0x08], [0x1D, 0x0E]));
    }

    [Fact]
    public void GenericInstance_NoTypeArguments_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => TypeBlob.GenericInstance(SampleTypes.TypeRefRow3, isValueType: true));
    }

    [Fact]
    public void ByRef_Type_PrefixesByRef()
    {
        Assert.Equal([0x10, 0x13, 0x00], TypeBlob.ByRef(TypeBlob.GenericTypeParameter(0)));
    }

    [Fact]
    public void SzArray_Object_IsObjectArray()
    {
        Assert.Equal([0x1D, 0x1C], TypeBlob.SzArray(TypeBlob.Object()));
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x08, 0x08 })]
    [InlineData(new byte[] { 0x45, 0x08 })]
    public void ByRef_NotExactlyOneType_ThrowsArgument(byte[] type)
    {
        Assert.Throws<ArgumentException>(() => TypeBlob.ByRef(type));
    }

    [Fact]
    public void SelfInstantiatedGenericType_ParsedBack_IsAReferenceInstanceOfTheToken()
    {
        var type = TypeSignature.Parse(TypeBlob.SelfInstantiatedGenericType(0x02000005, isValueType: false, 3));

        Assert.Equal(ElementType.GenericInst, type.ElementType);
        Assert.True(type.IsReferenceTypeBySignature);
        Assert.True(type.TryGetTypeToken(out var token));
        Assert.Equal(0x02000005, token);
    }
}
