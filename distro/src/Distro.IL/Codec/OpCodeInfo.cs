using System.Reflection.Metadata;

namespace Distro.IL.Codec;

/// <summary>Static facts about one opcode: its mnemonic, its encoding and how control leaves it.</summary>
public sealed class OpCodeInfo
{
    internal OpCodeInfo(ILOpCode opCode, string name, OperandKind operandKind, FlowKind flowKind)
    {
        OpCode = opCode;
        Name = name;
        OperandKind = operandKind;
        FlowKind = flowKind;
    }

    public ILOpCode OpCode { get; }

    /// <summary>The ECMA-335 mnemonic, e.g. <c>ldarg.s</c> or <c>tail.</c>.</summary>
    public string Name { get; }

    public OperandKind OperandKind { get; }

    public FlowKind FlowKind { get; }

    public bool IsTwoByte => (ushort)OpCode > 0xFF;

    /// <summary>Bytes taken by the opcode itself: 1, or 2 for the 0xFE-prefixed opcodes.</summary>
    public int Size => IsTwoByte ? 2 : 1;

    /// <summary>Bytes taken by the operand. For <c>switch</c> this is only the target count; each target adds 4.</summary>
    public int OperandSize => OperandKind switch
    {
        OperandKind.None => 0,
        OperandKind.Int8 or OperandKind.UInt8 or OperandKind.ShortBranch or OperandKind.UInt8Variable => 1,
        OperandKind.UInt16Variable => 2,
        OperandKind.Int32 or OperandKind.Float32 or OperandKind.LongBranch or OperandKind.Switch or OperandKind.Token => 4,
        OperandKind.Int64 or OperandKind.Float64 => 8,
        _ => throw new InvalidOperationException($"Unhandled operand kind {OperandKind}."),
    };

    public bool IsBranch => OperandKind is OperandKind.ShortBranch or OperandKind.LongBranch;

    public override string ToString() => Name;
}
