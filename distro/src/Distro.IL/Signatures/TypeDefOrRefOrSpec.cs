namespace Distro.IL.Signatures;

/// <summary>
/// The TypeDefOrRefOrSpec coded index (ECMA-335 II.23.2.8) that signatures use instead of a full metadata token:
/// the row shifted left by two, the table in the two low bits.
/// </summary>
public static class TypeDefOrRefOrSpec
{
    private const int RowMask = 0x00FFFFFF;

    /// <summary>Encodes a TypeDef (0x02), TypeRef (0x01) or TypeSpec (0x1B) token; any other token is the caller's bug.</summary>
    public static int Encode(int token)
    {
        var tag = (Table)(token >>> 24) switch
        {
            Table.TypeDef => 0,
            Table.TypeRef => 1,
            Table.TypeSpec => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(token), $"0x{token:X8} is not a TypeDef, TypeRef or TypeSpec token."),
        };
        var row = token & RowMask;
        if (row == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(token), $"0x{token:X8} is a nil token.");
        }

        return (row << 2) | tag;
    }

    /// <summary>Decodes a coded index back to its metadata token.</summary>
    public static int Decode(int codedIndex) =>
        TryDecode(codedIndex, out var token)
            ? token
            : throw new ArgumentOutOfRangeException(nameof(codedIndex), $"0x{codedIndex:X} is not a TypeDefOrRefOrSpec coded index.");

    /// <summary>Reads a compressed coded index at <paramref name="position"/>, moves past it and returns the metadata token.</summary>
    public static int Read(ReadOnlySpan<byte> blob, ref int position)
    {
        var start = position;
        var codedIndex = CompressedInteger.ReadUnsigned(blob, ref position);
        return TryDecode(codedIndex, out var token)
            ? token
            : throw new InvalidSignatureException($"0x{codedIndex:X} is not a TypeDefOrRefOrSpec coded index", start);
    }

    /// <summary>Writes the compressed coded index of <paramref name="token"/> and returns the number of bytes written.</summary>
    public static int Write(int token, Span<byte> destination) => CompressedInteger.WriteUnsigned(Encode(token), destination);

    private static bool TryDecode(int codedIndex, out int token)
    {
        var row = codedIndex >> 2;
        var table = (codedIndex & 0b11) switch
        {
            0 => Table.TypeDef,
            1 => Table.TypeRef,
            2 => Table.TypeSpec,
            _ => Table.None,
        };
        var isValid = codedIndex is >= 0 and <= CompressedInteger.MaxUnsigned && table != Table.None && row is > 0 and <= RowMask;
        token = isValid ? ((int)table << 24) | row : 0;
        return isValid;
    }

    // The metadata table numbers that make the top byte of a token.
    private enum Table
    {
        None = 0x00,
        TypeRef = 0x01,
        TypeDef = 0x02,
        TypeSpec = 0x1B,
    }
}
