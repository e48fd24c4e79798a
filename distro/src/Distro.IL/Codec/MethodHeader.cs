namespace Distro.IL.Codec;

/// <summary>The tiny or fat header that starts every method body (ECMA-335 II.25.4.2 and II.25.4.3).</summary>
internal readonly record struct MethodHeader(int MaxStack, int CodeSize, int LocalVarSigToken, bool InitLocals, bool HasMoreSections)
{
    /// <summary>The largest header: a fat one.</summary>
    public const int FatHeaderSize = FatHeaderSizeInDwords * 4;

    private const int FormatMask = 0x3;
    private const int TinyFormat = 0x2;
    private const int FatFormat = 0x3;
    private const int MoreSectionsFlag = 0x8;
    private const int InitLocalsFlag = 0x10;
    private const int FatFlagsMask = 0x0FFF;
    private const int FatHeaderSizeInDwords = 3;
    private const int TinyMaxStack = 8;
    private const int TinyMaxCodeSize = 63;

    public bool FitsTinyFormat =>
        CodeSize <= TinyMaxCodeSize && MaxStack <= TinyMaxStack && LocalVarSigToken == 0 && !HasMoreSections && !InitLocals;

    public static MethodHeader Read(ref ILReader reader)
    {
        var first = reader.ReadByte();
        return (first & FormatMask) switch
        {
            TinyFormat => new MethodHeader(TinyMaxStack, first >> 2, 0, InitLocals: false, HasMoreSections: false),
            FatFormat => ReadFat(ref reader, first),
            _ => throw new InvalidILException($"Method header format 0x{first & FormatMask:X} is neither tiny nor fat.", 0),
        };
    }

    public void Write(ILWriter writer)
    {
        if (FitsTinyFormat)
        {
            writer.WriteByte((byte)((CodeSize << 2) | TinyFormat));
            return;
        }

        var flags = FatFormat | (HasMoreSections ? MoreSectionsFlag : 0) | (InitLocals ? InitLocalsFlag : 0);
        writer.WriteUInt16((ushort)((FatHeaderSizeInDwords << 12) | flags));
        writer.WriteUInt16((ushort)MaxStack);
        writer.WriteInt32(CodeSize);
        writer.WriteInt32(LocalVarSigToken);
    }

    private static MethodHeader ReadFat(ref ILReader reader, byte first)
    {
        var flagsAndSize = first | (reader.ReadByte() << 8);
        var flags = flagsAndSize & FatFlagsMask;
        if (flagsAndSize >> 12 != FatHeaderSizeInDwords)
        {
            throw new InvalidILException($"Fat method header declares {flagsAndSize >> 12} dwords instead of {FatHeaderSizeInDwords}.", 1);
        }

        if ((flags & ~(FatFormat | MoreSectionsFlag | InitLocalsFlag)) != 0)
        {
            throw new InvalidILException($"Fat method header has unknown flags 0x{flags:X3}.", 0);
        }

        var maxStack = reader.ReadUInt16();
        var codeSize = reader.ReadUInt32();
        if (codeSize > int.MaxValue)
        {
            throw new InvalidILException($"Code size {codeSize} is out of range.", 4);
        }

        var localVarSigToken = reader.ReadInt32();
        return new MethodHeader(
            maxStack,
            (int)codeSize,
            localVarSigToken,
            InitLocals: (flags & InitLocalsFlag) != 0,
            HasMoreSections: (flags & MoreSectionsFlag) != 0);
    }
}
