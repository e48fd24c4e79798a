namespace Distro.IL.Signatures;

/// <summary>
/// Builds the type blobs the rewriter needs: TypeSpec blobs for box and ldobj, new local types and method-ref parameter types.
/// Type tokens are TypeDef, TypeRef or TypeSpec tokens; every result is a new array.
/// </summary>
public static class TypeBlob
{
    /// <summary>A type spelled by its element type alone: VOID, a primitive, STRING, OBJECT or TYPEDBYREF.</summary>
    public static byte[] Simple(ElementType elementType) => elementType switch
    {
        ElementType.Void or ElementType.Boolean or ElementType.Char
            or ElementType.I1 or ElementType.U1 or ElementType.I2 or ElementType.U2
            or ElementType.I4 or ElementType.U4 or ElementType.I8 or ElementType.U8
            or ElementType.R4 or ElementType.R8 or ElementType.I or ElementType.U
            or ElementType.String or ElementType.Object or ElementType.TypedByRef => [(byte)elementType],
        _ => throw new ArgumentOutOfRangeException(nameof(elementType), $"{elementType} needs more than its element type."),
    };

    /// <summary>System.Object.</summary>
    public static byte[] Object() => Simple(ElementType.Object);

    /// <summary>CLASS token: a non-generic reference type such as a TypeRef to System.Exception.</summary>
    public static byte[] Class(int typeToken) => Named(ElementType.Class, typeToken);

    /// <summary>VALUETYPE token: a non-generic value type.</summary>
    public static byte[] ValueType(int typeToken) => Named(ElementType.ValueType, typeToken);

    /// <summary>VAR index: generic parameter <paramref name="index"/> of the enclosing type.</summary>
    public static byte[] GenericTypeParameter(int index) => GenericParameter(ElementType.Var, index);

    /// <summary>MVAR index: generic parameter <paramref name="index"/> of the method.</summary>
    public static byte[] GenericMethodParameter(int index) => GenericParameter(ElementType.MVar, index);

    /// <summary>GENERICINST CLASS|VALUETYPE token count arguments.</summary>
    public static byte[] GenericInstance(int genericTypeToken, bool isValueType, params ReadOnlySpan<byte[]> typeArguments)
    {
        if (typeArguments.IsEmpty)
        {
            throw new ArgumentException("A generic instance needs at least one type argument.", nameof(typeArguments));
        }

        var writer = new SignatureWriter();
        writer.WriteElementType(ElementType.GenericInst);
        writer.WriteElementType(isValueType ? ElementType.ValueType : ElementType.Class);
        writer.WriteTypeToken(genericTypeToken);
        writer.WriteCompressedUnsigned(typeArguments.Length);
        foreach (var typeArgument in typeArguments)
        {
            writer.WriteType(typeArgument, allowPinned: false, nameof(typeArguments));
        }

        return writer.ToArray();
    }

    /// <summary>
    /// The generic type instantiated over its own parameters, VAR 0 to VAR n-1: the type of <c>this</c> inside a generic type.
    /// </summary>
    public static byte[] SelfInstantiatedGenericType(int genericTypeToken, bool isValueType, int genericParameterCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(genericParameterCount, 1);
        var typeArguments = new byte[genericParameterCount][];
        for (var i = 0; i < genericParameterCount; i++)
        {
            typeArguments[i] = GenericTypeParameter(i);
        }

        return GenericInstance(genericTypeToken, isValueType, typeArguments);
    }

    /// <summary>BYREF type.</summary>
    public static byte[] ByRef(ReadOnlySpan<byte> type) => Wrapped(ElementType.ByRef, type);

    /// <summary>SZARRAY type: a single-dimensional, zero-based array.</summary>
    public static byte[] SzArray(ReadOnlySpan<byte> type) => Wrapped(ElementType.SzArray, type);

    private static byte[] Named(ElementType elementType, int typeToken)
    {
        var writer = new SignatureWriter();
        writer.WriteElementType(elementType);
        writer.WriteTypeToken(typeToken);
        return writer.ToArray();
    }

    private static byte[] GenericParameter(ElementType elementType, int index)
    {
        var writer = new SignatureWriter();
        writer.WriteElementType(elementType);
        writer.WriteCompressedUnsigned(index);
        return writer.ToArray();
    }

    private static byte[] Wrapped(ElementType elementType, ReadOnlySpan<byte> type)
    {
        var writer = new SignatureWriter();
        writer.WriteElementType(elementType);
        writer.WriteType(type, allowPinned: false, nameof(type));
        return writer.ToArray();
    }
}
