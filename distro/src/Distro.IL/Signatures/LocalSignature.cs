using System.Reflection.Metadata;

namespace Distro.IL.Signatures;

/// <summary>A LocalVarSig (ECMA-335 II.23.2.6): LOCAL_SIG, a count, then one type per local.</summary>
public sealed class LocalSignature
{
    /// <summary>The most locals a method can have: ldloc and stloc take an unsigned 16-bit index and 0xFFFF is reserved.</summary>
    public const int MaxLocalCount = 0xFFFE;

    private LocalSignature(ReadOnlyMemory<byte> bytes, TypeSignature[] locals)
    {
        Bytes = bytes;
        Locals = locals;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The local variable types in index order, PINNED, BYREF and TYPEDBYREF included.</summary>
    public IReadOnlyList<TypeSignature> Locals { get; }

    /// <summary>Parses a local variable signature blob. The bytes are copied.</summary>
    public static LocalSignature Parse(ReadOnlySpan<byte> blob)
    {
        var bytes = blob.ToArray();
        var localRanges = new List<Range>();
        Walk(bytes, localRanges);
        var locals = localRanges.Select(range => TypeSignature.FromValidated(bytes.AsMemory(range))).ToArray();
        return new LocalSignature(bytes, locals);
    }

    /// <summary>
    /// Returns a local variable signature with <paramref name="newLocalTypes"/> after the existing locals,
    /// whose bytes are copied unchanged so that their indexes and the method's IL stay valid.
    /// </summary>
    /// <param name="original">The method's local variable signature, or empty when the method has none.</param>
    /// <param name="newLocalTypes">One type blob per new local.</param>
    /// <param name="firstNewLocalIndex">The index of the first new local.</param>
    public static byte[] Append(ReadOnlySpan<byte> original, IReadOnlyList<byte[]> newLocalTypes, out int firstNewLocalIndex)
    {
        ArgumentNullException.ThrowIfNull(newLocalTypes);
        var (originalCount, typesStart) = original.IsEmpty ? (0, 0) : Walk(original, localRanges: null);
        firstNewLocalIndex = originalCount;
        if (newLocalTypes.Count == 0)
        {
            return original.ToArray();
        }

        var count = originalCount + newLocalTypes.Count;
        if (count > MaxLocalCount)
        {
            throw new ArgumentException($"A method cannot have {count} locals; the limit is {MaxLocalCount}.", nameof(newLocalTypes));
        }

        var writer = new SignatureWriter();
        writer.WriteByte((byte)SignatureKind.LocalVariables);
        writer.WriteCompressedUnsigned(count);
        writer.WriteBytes(original[typesStart..]);
        foreach (var type in newLocalTypes)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(newLocalTypes));
            writer.WriteType(type, allowPinned: true, nameof(newLocalTypes));
        }

        return writer.ToArray();
    }

    private static (int Count, int TypesStart) Walk(ReadOnlySpan<byte> blob, List<Range>? localRanges)
    {
        var reader = new SignatureReader(blob);
        if (reader.ReadByte() != (byte)SignatureKind.LocalVariables)
        {
            throw new InvalidSignatureException("A local variable signature must start with LOCAL_SIG (0x07)", 0);
        }

        var count = reader.ReadCompressedUnsigned();
        var typesStart = reader.Position;
        for (var i = 0; i < count; i++)
        {
            var start = reader.Position;
            TypeWalker.SkipType(ref reader, allowPinned: true, depth: 0);
            localRanges?.Add(start..reader.Position);
        }

        reader.ExpectEnd();
        return (count, typesStart);
    }
}
