namespace Distro.IL.Codec;

/// <summary>Writes the code bytes of a laid-out method body.</summary>
internal static class InstructionEncoder
{
    public static void Write(ILWriter writer, CodeLayout layout)
    {
        for (var i = 0; i < layout.Instructions.Count; i++)
        {
            var form = layout.FormAt(i);
            WriteOpCode(writer, form);
            WriteOperand(writer, layout, i, form);
        }
    }

    private static void WriteOpCode(ILWriter writer, OpCodeInfo form)
    {
        if (form.IsTwoByte)
        {
            writer.WriteByte(OpCodeTable.TwoBytePrefix);
        }

        writer.WriteByte((byte)form.OpCode);
    }

    private static void WriteOperand(ILWriter writer, CodeLayout layout, int index, OpCodeInfo form)
    {
        var instruction = layout.Instructions[index];
        var bits = instruction.OperandBits;
        switch (form.OperandKind)
        {
            case OperandKind.None:
                break;
            case OperandKind.Int8 or OperandKind.UInt8 or OperandKind.UInt8Variable:
                writer.WriteByte((byte)bits);
                break;
            case OperandKind.UInt16Variable:
                writer.WriteUInt16((ushort)bits);
                break;
            case OperandKind.Int32 or OperandKind.Float32 or OperandKind.Token:
                writer.WriteInt32((int)bits);
                break;
            case OperandKind.Int64 or OperandKind.Float64:
                writer.WriteInt64(bits);
                break;
            case OperandKind.ShortBranch:
                writer.WriteByte((byte)(sbyte)Displacement(layout, index, instruction.BranchTarget));
                break;
            case OperandKind.LongBranch:
                writer.WriteInt32(Displacement(layout, index, instruction.BranchTarget));
                break;
            case OperandKind.Switch:
                var targets = instruction.SwitchTargets ?? [];
                writer.WriteInt32(targets.Length);
                foreach (var target in targets)
                {
                    writer.WriteInt32(Displacement(layout, index, target));
                }

                break;
            default:
                throw new InvalidOperationException($"Unhandled operand kind {form.OperandKind}.");
        }
    }

    // Jumps are relative to the end of the jumping instruction.
    private static int Displacement(CodeLayout layout, int index, Instruction? target) =>
        layout.OffsetOf(target ?? throw new InvalidOperationException($"Branch '{layout.Instructions[index]}' has no target."))
        - layout.EndAt(index);
}
