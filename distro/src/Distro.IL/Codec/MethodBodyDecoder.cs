namespace Distro.IL.Codec;

/// <summary>Reads header, code and exception sections of a method body into the model.</summary>
internal static class MethodBodyDecoder
{
    public static ILMethodBody Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ILReader(bytes, 0);
        var header = MethodHeader.Read(ref reader);
        var codeStart = reader.Position;
        var instructions = InstructionDecoder.Decode(reader.ReadBytes(header.CodeSize), codeStart);
        var body = new ILMethodBody(instructions)
        {
            MaxStack = header.MaxStack,
            InitLocals = header.InitLocals,
            LocalVarSigToken = header.LocalVarSigToken,
        };

        if (header.HasMoreSections)
        {
            var boundaries = new ClauseBoundaries(new InstructionsByOffset(instructions), header.CodeSize, codeStart);
            foreach (var record in ExceptionSection.ReadAll(ref reader))
            {
                body.ExceptionClauses.Add(boundaries.ToClause(record));
            }
        }

        return body;
    }

    private sealed class ClauseBoundaries(InstructionsByOffset instructions, int codeSize, int codeStart)
    {
        public ExceptionClause ToClause(ExceptionClauseRecord record)
        {
            var isFilter = record.Kind == ExceptionClauseKind.Filter;
            return new ExceptionClause
            {
                Kind = record.Kind,
                CatchTypeToken = isFilter ? 0 : (int)record.ClassTokenOrFilterOffset,
                TryStart = Start(record.TryOffset, "try start"),
                TryEnd = End(record.TryOffset, record.TryLength, "try end"),
                HandlerStart = Start(record.HandlerOffset, "handler start"),
                HandlerEnd = End(record.HandlerOffset, record.HandlerLength, "handler end"),
                FilterStart = isFilter ? Start(record.ClassTokenOrFilterOffset, "filter start") : null,
            };
        }

        private Instruction Start(long offset, string boundary) =>
            instructions.StartingAt(offset) ?? throw NotAnInstructionBoundary(offset, boundary);

        // An end equal to the code size means the region runs to the end of the code.
        private Instruction? End(uint start, uint length, string boundary)
        {
            var end = (long)start + length;
            return end == codeSize ? null : Start(end, boundary);
        }

        private InvalidILException NotAnInstructionBoundary(long offset, string boundary) =>
            new(
                $"Exception clause {boundary} at offset {offset} is not the start of an instruction.",
                offset <= codeSize ? codeStart + (int)offset : -1);
    }
}
