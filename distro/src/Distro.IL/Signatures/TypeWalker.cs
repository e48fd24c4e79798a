namespace Distro.IL.Signatures;

/// <summary>Finds where one type of a signature ends (ECMA-335 II.23.2.10 to II.23.2.14), validating its structure on the way.</summary>
/// <remarks>
/// Only the structure is checked: where VOID, BYREF or TYPEDBYREF may semantically appear is left to the metadata validator,
/// because the profiler needs exact boundaries, not a second opinion on metadata the runtime already loaded.
/// </remarks>
internal static class TypeWalker
{
    // Real signatures nest a handful of levels; the limit keeps a malformed blob from exhausting the profiler thread's stack.
    public const int MaxNestingDepth = 128;

    /// <summary>Moves <paramref name="reader"/> past one type, its leading custom modifiers included.</summary>
    /// <param name="reader">Positioned on the first byte of the type.</param>
    /// <param name="allowPinned">Whether PINNED may lead the type, which only the top level of a local variable allows.</param>
    /// <param name="depth">How many types enclose this one.</param>
    public static void SkipType(ref SignatureReader reader, bool allowPinned, int depth)
    {
        if (depth > MaxNestingDepth)
        {
            throw new InvalidSignatureException($"Types nest deeper than {MaxNestingDepth} levels", reader.Position);
        }

        ReadPrefix(ref reader, allowPinned, modifiers: null);
        var position = reader.Position;
        var elementType = (ElementType)reader.ReadByte();
        switch (elementType)
        {
            case ElementType.Void or ElementType.Boolean or ElementType.Char
                or ElementType.I1 or ElementType.U1 or ElementType.I2 or ElementType.U2
                or ElementType.I4 or ElementType.U4 or ElementType.I8 or ElementType.U8
                or ElementType.R4 or ElementType.R8 or ElementType.I or ElementType.U
                or ElementType.String or ElementType.Object or ElementType.TypedByRef:
                return;
            case ElementType.Class or ElementType.ValueType:
                reader.ReadTypeToken();
                return;
            case ElementType.Var or ElementType.MVar:
                reader.ReadCompressedUnsigned();
                return;
            case ElementType.Ptr or ElementType.ByRef or ElementType.SzArray:
                SkipType(ref reader, allowPinned: false, depth + 1);
                return;
            case ElementType.Array:
                SkipType(ref reader, allowPinned: false, depth + 1);
                SkipArrayShape(ref reader);
                return;
            case ElementType.GenericInst:
                SkipGenericInstance(ref reader, depth);
                return;
            case ElementType.FnPtr:
                MethodSignatureWalker.Read(ref reader, depth + 1, typeRanges: null);
                return;
            case ElementType.Pinned:
                throw new InvalidSignatureException("PINNED may only lead a local variable type", position);
            case ElementType.Sentinel:
                throw new InvalidSignatureException("SENTINEL may only separate the extra arguments of a vararg call site", position);
            case ElementType.Internal:
                throw new InvalidSignatureException("ELEMENT_TYPE_INTERNAL holds a runtime pointer and never appears in metadata", position);
            default:
                throw new InvalidSignatureException($"0x{(byte)elementType:X2} is not an element type", position);
        }
    }

    /// <summary>Reads the custom modifiers and PINNED constraints, in any order, that lead a type.</summary>
    /// <returns>Whether PINNED was among them.</returns>
    public static bool ReadPrefix(ref SignatureReader reader, bool allowPinned, List<CustomModifier>? modifiers)
    {
        var isPinned = false;
        while (true)
        {
            switch ((ElementType)reader.PeekByte())
            {
                case ElementType.CModReqd or ElementType.CModOpt:
                    var isRequired = reader.ReadByte() == (byte)ElementType.CModReqd;
                    var typeToken = reader.ReadTypeToken();
                    modifiers?.Add(new CustomModifier(isRequired, typeToken));
                    break;
                case ElementType.Pinned when allowPinned:
                    reader.ReadByte();
                    isPinned = true;
                    break;
                default:
                    return isPinned;
            }
        }
    }

    private static void SkipGenericInstance(ref SignatureReader reader, int depth)
    {
        var kindPosition = reader.Position;
        var kind = (ElementType)reader.ReadByte();
        if (kind is not (ElementType.Class or ElementType.ValueType))
        {
            throw new InvalidSignatureException("GENERICINST must be followed by CLASS or VALUETYPE", kindPosition);
        }

        reader.ReadTypeToken();
        var countPosition = reader.Position;
        var argumentCount = reader.ReadCompressedUnsigned();
        if (argumentCount == 0)
        {
            throw new InvalidSignatureException("GENERICINST needs at least one type argument", countPosition);
        }

        for (var i = 0; i < argumentCount; i++)
        {
            SkipType(ref reader, allowPinned: false, depth + 1);
        }
    }

    // ECMA-335 II.23.2.13: Rank NumSizes Size* NumLoBounds LoBound*, sizes unsigned and lower bounds signed.
    private static void SkipArrayShape(ref SignatureReader reader)
    {
        var rankPosition = reader.Position;
        var rank = reader.ReadCompressedUnsigned();
        if (rank == 0)
        {
            throw new InvalidSignatureException("An array shape needs a rank of at least 1", rankPosition);
        }

        var sizeCount = ReadBoundCount(ref reader, rank, "sizes");
        for (var i = 0; i < sizeCount; i++)
        {
            reader.ReadCompressedUnsigned();
        }

        var lowerBoundCount = ReadBoundCount(ref reader, rank, "lower bounds");
        for (var i = 0; i < lowerBoundCount; i++)
        {
            reader.ReadCompressedSigned();
        }
    }

    private static int ReadBoundCount(ref SignatureReader reader, int rank, string what)
    {
        var position = reader.Position;
        var count = reader.ReadCompressedUnsigned();
        return count <= rank
            ? count
            : throw new InvalidSignatureException($"An array of rank {rank} cannot have {count} {what}", position);
    }
}
