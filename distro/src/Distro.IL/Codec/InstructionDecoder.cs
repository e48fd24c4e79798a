namespace Distro.IL.Codec;

/// <summary>Turns the code bytes of a method body into instructions whose branches refer to instructions.</summary>
internal static class InstructionDecoder
{
    /// <param name="code">The code bytes only, without header or sections.</param>
    /// <param name="codeStart">Where the code starts in the method body, for error offsets.</param>
    public static List<Instruction> Decode(ReadOnlySpan<byte> code, int codeStart)
    {
        var reader = new ILReader(code, codeStart);
        var instructions = new List<Instruction>();
        var jumps = new List<PendingJump>();
        while (!reader.AtEnd)
        {
            var offset = reader.Position;
            var info = ReadOpCode(ref reader);
            instructions.Add(ReadInstruction(ref reader, info, offset, jumps));
        }

        ResolveJumps(jumps, new InstructionsByOffset(instructions), code.Length, codeStart);
        return instructions;
    }

    private static OpCodeInfo ReadOpCode(ref ILReader reader)
    {
        var offset = reader.Position;
        var first = reader.ReadByte();
        if (first != OpCodeTable.TwoBytePrefix)
        {
            return OpCodeTable.FindOneByte(first)
                ?? throw new InvalidILException($"Unknown opcode 0x{first:X2} at IL_{offset:X4}.", reader.BodyOffset(offset));
        }

        var second = reader.ReadByte();
        return OpCodeTable.FindTwoByte(second)
            ?? throw new InvalidILException($"Unknown opcode 0xFE 0x{second:X2} at IL_{offset:X4}.", reader.BodyOffset(offset));
    }

    private static Instruction ReadInstruction(ref ILReader reader, OpCodeInfo info, int offset, List<PendingJump> jumps)
    {
        switch (info.OperandKind)
        {
            case OperandKind.ShortBranch:
            {
                var displacement = (sbyte)reader.ReadByte();
                return AddJump(jumps, Instruction.Decoded(info, 0, offset), [reader.Position + displacement]);
            }

            case OperandKind.LongBranch:
            {
                var displacement = reader.ReadInt32();
                return AddJump(jumps, Instruction.Decoded(info, 0, offset), [(long)reader.Position + displacement]);
            }

            case OperandKind.Switch:
                return AddJump(jumps, Instruction.Decoded(info, 0, offset), ReadSwitchTargets(ref reader, offset));

            default:
                return Instruction.Decoded(info, ReadScalarOperand(ref reader, info.OperandKind), offset);
        }
    }

    private static long ReadScalarOperand(ref ILReader reader, OperandKind kind) => kind switch
    {
        OperandKind.None => 0,
        OperandKind.Int8 => (sbyte)reader.ReadByte(),
        OperandKind.UInt8 or OperandKind.UInt8Variable => reader.ReadByte(),
        OperandKind.UInt16Variable => reader.ReadUInt16(),
        OperandKind.Int32 or OperandKind.Float32 or OperandKind.Token => reader.ReadInt32(),
        OperandKind.Int64 or OperandKind.Float64 => reader.ReadInt64(),
        _ => throw new InvalidOperationException($"Unhandled operand kind {kind}."),
    };

    private static long[] ReadSwitchTargets(ref ILReader reader, int offset)
    {
        var count = reader.ReadUInt32();

        // Checked before allocating so a corrupt count cannot request gigabytes.
        if (count > (uint)reader.Remaining / 4)
        {
            throw new InvalidILException($"switch at IL_{offset:X4} declares {count} targets, more than the code holds.", reader.BodyOffset(offset));
        }

        var displacements = new int[count];
        for (var i = 0; i < displacements.Length; i++)
        {
            displacements[i] = reader.ReadInt32();
        }

        // Displacements are relative to the end of the whole switch instruction.
        var end = reader.Position;
        return [.. displacements.Select(displacement => (long)end + displacement)];
    }

    private static Instruction AddJump(List<PendingJump> jumps, Instruction source, long[] targetOffsets)
    {
        jumps.Add(new PendingJump(source, targetOffsets));
        return source;
    }

    private static void ResolveJumps(List<PendingJump> jumps, InstructionsByOffset instructions, int codeSize, int codeStart)
    {
        foreach (var (source, targetOffsets) in jumps)
        {
            var targets = Array.ConvertAll(targetOffsets, target => instructions.StartingAt(target)
                ?? throw new InvalidILException(
                    $"{source.Info.Name} at IL_{source.OriginalOffset:X4} jumps to offset {target}, which is "
                    + (target >= 0 && target < codeSize ? "inside an instruction." : "outside the code."),
                    codeStart + source.OriginalOffset));
            if (source.OperandKind == OperandKind.Switch)
            {
                source.SwitchTargets = targets;
            }
            else
            {
                source.BranchTarget = targets[0];
            }
        }
    }

    private readonly record struct PendingJump(Instruction Source, long[] TargetOffsets);
}
