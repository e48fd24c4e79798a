using System.Reflection.Metadata;

namespace Distro.IL.Signatures;

/// <summary>Walks a MethodDefSig or MethodRefSig (ECMA-335 II.23.2.1 and II.23.2.2), also the one inside FNPTR.</summary>
internal static class MethodSignatureWalker
{
    /// <summary>Moves <paramref name="reader"/> past a method signature.</summary>
    /// <param name="reader">Positioned on the calling convention byte.</param>
    /// <param name="depth">How many types enclose the signature: 0 for a method, more for an FNPTR.</param>
    /// <param name="typeRanges">When given, receives the range of the return type, then of each parameter.</param>
    public static MethodSignatureShape Read(ref SignatureReader reader, int depth, List<Range>? typeRanges)
    {
        var headerPosition = reader.Position;
        var header = new SignatureHeader(reader.ReadByte());
        const SignatureAttributes knownAttributes = SignatureAttributes.Generic | SignatureAttributes.Instance | SignatureAttributes.ExplicitThis;
        if (header.Kind != SignatureKind.Method || (header.Attributes & ~knownAttributes) != 0)
        {
            throw new InvalidSignatureException($"0x{header.RawValue:X2} is not a method signature header", headerPosition);
        }

        var genericParameterCount = header.IsGeneric ? reader.ReadCompressedUnsigned() : 0;
        var parameterCount = reader.ReadCompressedUnsigned();
        ReadType(ref reader, depth, typeRanges);
        int? sentinelIndex = null;
        for (var i = 0; i < parameterCount; i++)
        {
            if (reader.PeekByte() == (byte)ElementType.Sentinel)
            {
                if (header.CallingConvention != SignatureCallingConvention.VarArgs || sentinelIndex is not null)
                {
                    throw new InvalidSignatureException("SENTINEL may appear once, and only in a vararg signature", reader.Position);
                }

                reader.ReadByte();
                sentinelIndex = i;
            }

            ReadType(ref reader, depth, typeRanges);
        }

        return new MethodSignatureShape(header, genericParameterCount, sentinelIndex);
    }

    private static void ReadType(ref SignatureReader reader, int depth, List<Range>? typeRanges)
    {
        var start = reader.Position;
        TypeWalker.SkipType(ref reader, allowPinned: false, depth);
        typeRanges?.Add(start..reader.Position);
    }
}
