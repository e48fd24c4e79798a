using System.Reflection.Metadata;

namespace Distro.IL.Codec;

public sealed partial class Instruction
{
    /// <summary>An instruction without operand, e.g. <c>ret</c> or <c>tail.</c>.</summary>
    public static Instruction Create(ILOpCode opCode)
    {
        var info = OpCodeTable.Get(opCode);
        return info.OperandKind == OperandKind.None
            ? new Instruction(info, 0, -1)
            : throw OperandMismatchArgument(info, "no");
    }

    /// <summary>
    /// An instruction with an int8, uint8, int32, int64, variable-index or metadata-token operand;
    /// the value must fit the operand.
    /// </summary>
    public static Instruction Create(ILOpCode opCode, int operand)
    {
        var info = OpCodeTable.Get(opCode);
        return info.OperandKind == OperandKind.Token
            ? new Instruction(info, operand, -1)
            : CreateInteger(info, operand);
    }

    /// <inheritdoc cref="Create(ILOpCode, int)"/>
    public static Instruction Create(ILOpCode opCode, long operand) => CreateInteger(OpCodeTable.Get(opCode), operand);

    /// <summary>An <c>ldc.r4</c> or <c>ldc.r8</c>.</summary>
    public static Instruction Create(ILOpCode opCode, float operand)
    {
        var info = OpCodeTable.Get(opCode);
        return info.OperandKind switch
        {
            OperandKind.Float32 => new Instruction(info, BitConverter.SingleToInt32Bits(operand), -1),
            OperandKind.Float64 => new Instruction(info, BitConverter.DoubleToInt64Bits(operand), -1),
            _ => throw OperandMismatchArgument(info, "a floating-point"),
        };
    }

    /// <summary>An <c>ldc.r8</c>, or an <c>ldc.r4</c> of the value rounded to single precision.</summary>
    public static Instruction Create(ILOpCode opCode, double operand)
    {
        var info = OpCodeTable.Get(opCode);
        return info.OperandKind switch
        {
            OperandKind.Float32 => new Instruction(info, BitConverter.SingleToInt32Bits((float)operand), -1),
            OperandKind.Float64 => new Instruction(info, BitConverter.DoubleToInt64Bits(operand), -1),
            _ => throw OperandMismatchArgument(info, "a floating-point"),
        };
    }

    /// <summary>A branch; short forms are widened at encoding time if the target ends up too far.</summary>
    public static Instruction Create(ILOpCode opCode, Instruction target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var info = OpCodeTable.Get(opCode);
        return info.IsBranch
            ? new Instruction(info, 0, -1) { _branchTarget = target }
            : throw OperandMismatchArgument(info, "a branch target");
    }

    /// <summary>A <c>switch</c> over a copy of <paramref name="targets"/>.</summary>
    public static Instruction Create(ILOpCode opCode, IReadOnlyList<Instruction> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var info = OpCodeTable.Get(opCode);
        if (info.OperandKind != OperandKind.Switch)
        {
            throw OperandMismatchArgument(info, "switch targets");
        }

        return new Instruction(info, 0, -1) { SwitchTargets = [.. targets] };
    }

    internal static Instruction Decoded(OpCodeInfo info, long operandBits, int originalOffset) =>
        new(info, operandBits, originalOffset);

    private static Instruction CreateInteger(OpCodeInfo info, long value)
    {
        var (min, max) = info.OperandKind switch
        {
            OperandKind.Int8 => (sbyte.MinValue, sbyte.MaxValue),
            OperandKind.UInt8 or OperandKind.UInt8Variable => (byte.MinValue, byte.MaxValue),
            OperandKind.UInt16Variable => (ushort.MinValue, ushort.MaxValue),
            OperandKind.Int32 => (int.MinValue, int.MaxValue),
            OperandKind.Int64 => (long.MinValue, long.MaxValue),
            _ => throw OperandMismatchArgument(info, "an integer"),
        };
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max);
        return new Instruction(info, value, -1);
    }

    private static ArgumentException OperandMismatchArgument(OpCodeInfo info, string operand) =>
        new($"'{info.Name}' does not take {operand} operand.", "opCode");
}
