namespace Distro.IL.Codec;

/// <summary>The exception handling data sections that follow the code (ECMA-335 II.25.4.5 and II.25.4.6).</summary>
internal static class ExceptionSection
{
    private const byte ExceptionTableKind = 0x01;
    private const byte FatFormatFlag = 0x40;
    private const byte MoreSectionsFlag = 0x80;
    private const int SectionHeaderSize = 4;
    private const int SmallClauseSize = 12;
    private const int FatClauseSize = 24;
    private const int MaxSmallDataSize = byte.MaxValue;
    private const int MaxFatDataSize = 0xFFFFFF;

    /// <summary>Reads the chain of sections that starts at the first 4-byte boundary at or after the reader's position.</summary>
    public static List<ExceptionClauseRecord> ReadAll(ref ILReader reader)
    {
        var clauses = new List<ExceptionClauseRecord>();
        bool hasMoreSections;
        do
        {
            reader.Seek(AlignTo4(reader.Position));
            var sectionStart = reader.Position;
            var kind = reader.ReadByte();
            if ((kind & ~(FatFormatFlag | MoreSectionsFlag)) != ExceptionTableKind)
            {
                throw new InvalidILException($"Method data section kind 0x{kind:X2} is not an exception handling table.", reader.BodyOffset(sectionStart));
            }

            var isFat = (kind & FatFormatFlag) != 0;
            var dataSize = isFat ? (int)reader.ReadUInt24() : ReadSmallSectionDataSize(ref reader);
            if (dataSize < SectionHeaderSize)
            {
                throw new InvalidILException($"Exception handling section declares {dataSize} bytes, less than its own header.", reader.BodyOffset(sectionStart));
            }

            var clauseCount = (dataSize - SectionHeaderSize) / (isFat ? FatClauseSize : SmallClauseSize);
            for (var i = 0; i < clauseCount; i++)
            {
                clauses.Add(isFat ? ReadFatClause(ref reader) : ReadSmallClause(ref reader));
            }

            hasMoreSections = (kind & MoreSectionsFlag) != 0;
            if (hasMoreSections)
            {
                reader.Seek(sectionStart + dataSize);
            }
        }
        while (hasMoreSections);

        return clauses;
    }

    /// <summary>Pads to a 4-byte boundary and writes one section, small when every clause and the whole section fit the small format.</summary>
    public static void Write(ILWriter writer, IReadOnlyList<ExceptionClauseRecord> clauses)
    {
        writer.AlignTo4();
        var smallDataSize = SectionHeaderSize + (SmallClauseSize * clauses.Count);
        if (smallDataSize <= MaxSmallDataSize && clauses.All(clause => clause.FitsSmallFormat))
        {
            writer.WriteByte(ExceptionTableKind);
            writer.WriteByte((byte)smallDataSize);
            writer.WriteUInt16(0);
            foreach (var clause in clauses)
            {
                WriteSmallClause(writer, clause);
            }

            return;
        }

        var fatDataSize = SectionHeaderSize + ((long)FatClauseSize * clauses.Count);
        if (fatDataSize > MaxFatDataSize)
        {
            throw new InvalidOperationException($"{clauses.Count} exception clauses do not fit in one exception handling section.");
        }

        writer.WriteByte(ExceptionTableKind | FatFormatFlag);
        writer.WriteUInt24((uint)fatDataSize);
        foreach (var clause in clauses)
        {
            WriteFatClause(writer, clause);
        }
    }

    private static int ReadSmallSectionDataSize(ref ILReader reader)
    {
        var dataSize = reader.ReadByte();
        reader.ReadUInt16(); // reserved
        return dataSize;
    }

    private static ExceptionClauseRecord ReadSmallClause(ref ILReader reader)
    {
        var flagsOffset = reader.Position;
        var kind = ToKind(reader.ReadUInt16(), reader.BodyOffset(flagsOffset));
        return new ExceptionClauseRecord(
            kind,
            TryOffset: reader.ReadUInt16(),
            TryLength: reader.ReadByte(),
            HandlerOffset: reader.ReadUInt16(),
            HandlerLength: reader.ReadByte(),
            ClassTokenOrFilterOffset: reader.ReadUInt32());
    }

    private static ExceptionClauseRecord ReadFatClause(ref ILReader reader)
    {
        var flagsOffset = reader.Position;
        var kind = ToKind(reader.ReadUInt32(), reader.BodyOffset(flagsOffset));
        return new ExceptionClauseRecord(
            kind,
            TryOffset: reader.ReadUInt32(),
            TryLength: reader.ReadUInt32(),
            HandlerOffset: reader.ReadUInt32(),
            HandlerLength: reader.ReadUInt32(),
            ClassTokenOrFilterOffset: reader.ReadUInt32());
    }

    private static void WriteSmallClause(ILWriter writer, ExceptionClauseRecord clause)
    {
        writer.WriteUInt16((ushort)clause.Kind);
        writer.WriteUInt16((ushort)clause.TryOffset);
        writer.WriteByte((byte)clause.TryLength);
        writer.WriteUInt16((ushort)clause.HandlerOffset);
        writer.WriteByte((byte)clause.HandlerLength);
        writer.WriteUInt32(clause.ClassTokenOrFilterOffset);
    }

    private static void WriteFatClause(ILWriter writer, ExceptionClauseRecord clause)
    {
        writer.WriteUInt32((uint)clause.Kind);
        writer.WriteUInt32(clause.TryOffset);
        writer.WriteUInt32(clause.TryLength);
        writer.WriteUInt32(clause.HandlerOffset);
        writer.WriteUInt32(clause.HandlerLength);
        writer.WriteUInt32(clause.ClassTokenOrFilterOffset);
    }

    private static ExceptionClauseKind ToKind(uint flags, int bodyOffset) => flags switch
    {
        (uint)ExceptionClauseKind.Catch => ExceptionClauseKind.Catch,
        (uint)ExceptionClauseKind.Filter => ExceptionClauseKind.Filter,
        (uint)ExceptionClauseKind.Finally => ExceptionClauseKind.Finally,
        (uint)ExceptionClauseKind.Fault => ExceptionClauseKind.Fault,
        _ => throw new InvalidILException($"Exception clause flags 0x{flags:X} name no clause kind.", bodyOffset),
    };

    private static int AlignTo4(int position) => (position + 3) & ~3;
}
