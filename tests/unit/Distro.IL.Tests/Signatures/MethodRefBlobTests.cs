using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

public class MethodRefBlobTests
{
    private const int ExceptionTypeRef = 0x0100000A; // coded index 0x29

    [Fact]
    public void Static_ObjectFromInt32_WritesDefaultSignature()
    {
        var blob = MethodRefBlob.Static(TypeBlob.Object(), TypeBlob.Simple(ElementType.I4));

        Assert.Equal([0x00, 0x01, 0x1C, 0x08], blob);
    }

    [Fact]
    public void Static_VoidFromObjectObjectObjectArray_WritesDefaultSignature()
    {
        var blob = MethodRefBlob.Static(TypeBlob.Simple(ElementType.Void), TypeBlob.Object(), TypeBlob.Object(), TypeBlob.SzArray(TypeBlob.Object()));

        Assert.Equal([0x00, 0x03, 0x01, 0x1C, 0x1C, 0x1D, 0x1C], blob);
    }

    [Fact]
    public void Static_BoolFromObjectObject_WritesDefaultSignature()
    {
        var blob = MethodRefBlob.Static(TypeBlob.Simple(ElementType.Boolean), TypeBlob.Object(), TypeBlob.Object());

        Assert.Equal([0x00, 0x02, 0x02, 0x1C, 0x1C], blob);
    }

    [Fact]
    public void Static_ExceptionParameter_WritesClassTypeRef()
    {
        var blob = MethodRefBlob.Static(TypeBlob.Simple(ElementType.Void), TypeBlob.Class(ExceptionTypeRef), TypeBlob.Object());

        Assert.Equal([0x00, 0x02, 0x01, 0x12, 0x29, 0x1C], blob);
    }

    [Fact]
    public void Static_NoParameters_WritesZeroCount()
    {
        Assert.Equal([0x00, 0x00, 0x01], MethodRefBlob.Static(TypeBlob.Simple(ElementType.Void)));
    }

    [Fact]
    public void Static_ParsedBack_ReportsTheSameTypes()
    {
        byte[][] parameterTypes = [TypeBlob.Object(), TypeBlob.ByRef(TypeBlob.Object()), TypeBlob.Class(ExceptionTypeRef)];

        var method = MethodSignature.Parse(MethodRefBlob.Static(TypeBlob.Simple(ElementType.Boolean), parameterTypes));

        Assert.False(method.HasThis);
        Assert.False(method.IsGeneric);
        Assert.Equal([0x02], method.ReturnType.ToArray());
        Assert.Equal(parameterTypes, method.Parameters.Select(parameter => parameter.ToArray()));
    }

    [Fact]
    public void Static_InvalidParameterType_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => MethodRefBlob.Static(TypeBlob.Object(), [0x15]));
    }
}
