namespace Distro.IL.Signatures;

/// <summary>
/// A read-only view over the bytes of one type in a signature, leading custom modifiers and PINNED included.
/// The "BySignature" answers come from the element type alone: a CLASS token that metadata says is a value type is not looked up.
/// </summary>
public sealed class TypeSignature
{
    private readonly int _elementStart;

    private TypeSignature(ReadOnlyMemory<byte> bytes)
    {
        Bytes = bytes;
        var reader = new SignatureReader(bytes.Span);
        var modifiers = new List<CustomModifier>();
        IsPinned = TypeWalker.ReadPrefix(ref reader, allowPinned: true, modifiers);
        _elementStart = reader.Position;
        CustomModifiers = [.. modifiers];
    }

    /// <summary>The bytes of the type; a slice of the blob it was parsed from.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The custom modifiers that lead the type, in blob order; for a byref, those that modify the reference.</summary>
    public IReadOnlyList<CustomModifier> CustomModifiers { get; }

    /// <summary>Whether a PINNED constraint leads the type, which only a local variable can have.</summary>
    public bool IsPinned { get; }

    /// <summary>The element type code that starts the type once its custom modifiers and PINNED are skipped.</summary>
    public ElementType ElementType => (ElementType)Bytes.Span[_elementStart];

    public bool IsByRef => ElementType == ElementType.ByRef;

    /// <summary>
    /// The type under BYREF. Modifiers before BYREF (such as the modreq of an <c>in</c> parameter) are stripped,
    /// because they modify the reference; modifiers after BYREF belong to the element and are kept.
    /// </summary>
    public TypeSignature ElementOfByRef =>
        IsByRef ? new TypeSignature(Bytes[(_elementStart + 1)..]) : throw new InvalidOperationException("The type is not a byref.");

    public bool IsVoid => ElementType == ElementType.Void;

    public bool IsTypedReference => ElementType == ElementType.TypedByRef;

    /// <summary>Whether the type is an unmanaged pointer: PTR or FNPTR.</summary>
    public bool IsPointer => ElementType is ElementType.Ptr or ElementType.FnPtr;

    /// <summary>Whether the type is VAR: a generic parameter of the enclosing type.</summary>
    public bool IsGenericTypeParameter => ElementType == ElementType.Var;

    /// <summary>Whether the type is MVAR: a generic parameter of the method.</summary>
    public bool IsGenericMethodParameter => ElementType == ElementType.MVar;

    /// <summary>The index of a VAR or MVAR.</summary>
    public int GenericParameterIndex
    {
        get
        {
            if (!IsGenericTypeParameter && !IsGenericMethodParameter)
            {
                throw new InvalidOperationException("The type is not a generic parameter.");
            }

            var position = _elementStart + 1;
            return CompressedInteger.ReadUnsigned(Bytes.Span, ref position);
        }
    }

    /// <summary>Whether the signature alone says value type: a primitive, VALUETYPE or GENERICINST VALUETYPE.</summary>
    public bool IsValueTypeBySignature => ElementType switch
    {
        ElementType.Boolean or ElementType.Char or ElementType.I1 or ElementType.U1 or ElementType.I2 or ElementType.U2
            or ElementType.I4 or ElementType.U4 or ElementType.I8 or ElementType.U8 or ElementType.R4 or ElementType.R8
            or ElementType.I or ElementType.U or ElementType.ValueType => true,
        ElementType.GenericInst => GenericInstanceKind == ElementType.ValueType,
        _ => false,
    };

    /// <summary>Whether the signature alone says reference type: STRING, OBJECT, CLASS, SZARRAY, ARRAY or GENERICINST CLASS.</summary>
    public bool IsReferenceTypeBySignature => ElementType switch
    {
        ElementType.String or ElementType.Object or ElementType.Class or ElementType.SzArray or ElementType.Array => true,
        ElementType.GenericInst => GenericInstanceKind == ElementType.Class,
        _ => false,
    };

    private ElementType GenericInstanceKind => (ElementType)Bytes.Span[_elementStart + 1];

    /// <summary>Parses a blob that holds exactly one type, such as a TypeSpec blob. The bytes are copied.</summary>
    public static TypeSignature Parse(ReadOnlySpan<byte> blob)
    {
        Validate(blob, allowPinned: false);
        return new TypeSignature(blob.ToArray());
    }

    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>The same type without its leading custom modifiers and PINNED, e.g. for a TypeSpec.</summary>
    public TypeSignature WithoutModifiers() => _elementStart == 0 ? this : new TypeSignature(Bytes[_elementStart..]);

    public bool HasRequiredModifier(int typeToken) => HasModifier(isRequired: true, typeToken);

    public bool HasOptionalModifier(int typeToken) => HasModifier(isRequired: false, typeToken);

    /// <summary>The TypeDefOrRef token of a CLASS or VALUETYPE, or of the generic type a GENERICINST instantiates.</summary>
    public bool TryGetTypeToken(out int typeToken)
    {
        var tokenPosition = ElementType switch
        {
            ElementType.Class or ElementType.ValueType => _elementStart + 1,
            ElementType.GenericInst => _elementStart + 2,
            _ => -1,
        };
        if (tokenPosition < 0)
        {
            typeToken = 0;
            return false;
        }

        typeToken = TypeDefOrRefOrSpec.Read(Bytes.Span, ref tokenPosition);
        return true;
    }

    /// <summary>Wraps bytes that a walker has already validated as exactly one type.</summary>
    internal static TypeSignature FromValidated(ReadOnlyMemory<byte> bytes) => new(bytes);

    /// <summary>Throws unless <paramref name="blob"/> holds exactly one type.</summary>
    internal static void Validate(ReadOnlySpan<byte> blob, bool allowPinned)
    {
        var reader = new SignatureReader(blob);
        TypeWalker.SkipType(ref reader, allowPinned, depth: 0);
        reader.ExpectEnd();
    }

    private bool HasModifier(bool isRequired, int typeToken)
    {
        foreach (var modifier in CustomModifiers)
        {
            if (modifier.IsRequired == isRequired && modifier.TypeToken == typeToken)
            {
                return true;
            }
        }

        return false;
    }
}
