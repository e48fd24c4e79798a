using System.Globalization;
using System.Reflection.Metadata;

namespace Distro.IL.Codec;

/// <summary>
/// One IL instruction of a body being rewritten. Branches refer to instructions, not offsets, so code
/// can be inserted anywhere; offsets only exist once the body is encoded.
/// </summary>
public sealed partial class Instruction
{
    // Integers and tokens hold their value, floats their IEEE bit pattern so that any ldc.r4/ldc.r8
    // constant (NaN payloads included) is written back bit for bit.
    private readonly long _operandBits;
    private Instruction? _branchTarget;
    private Instruction[]? _switchTargets;

    private Instruction(OpCodeInfo info, long operandBits, int originalOffset)
    {
        Info = info;
        _operandBits = operandBits;
        OriginalOffset = originalOffset;
    }

    public OpCodeInfo Info { get; }

    public ILOpCode OpCode => Info.OpCode;

    public OperandKind OperandKind => Info.OperandKind;

    /// <summary>Offset of the instruction in the decoded body, or -1 for an instruction the rewriter created.</summary>
    public int OriginalOffset { get; private set; }

    /// <summary>The operand of an integer or variable-index instruction (int8 and int32 are sign-extended).</summary>
    public long IntegerOperand => OperandKind
        is OperandKind.Int8 or OperandKind.UInt8 or OperandKind.Int32 or OperandKind.Int64
        or OperandKind.UInt8Variable or OperandKind.UInt16Variable
            ? _operandBits
            : throw OperandMismatch(Info, "an integer");

    public double FloatOperand => OperandKind switch
    {
        OperandKind.Float32 => BitConverter.Int32BitsToSingle((int)_operandBits),
        OperandKind.Float64 => BitConverter.Int64BitsToDouble(_operandBits),
        _ => throw OperandMismatch(Info, "a floating-point"),
    };

    public int Token => OperandKind == OperandKind.Token
        ? (int)_operandBits
        : throw OperandMismatch(Info, "a metadata token");

    /// <summary>The instruction a branch jumps to; null for every other instruction.</summary>
    public Instruction? BranchTarget
    {
        get => _branchTarget;
        set
        {
            if (!Info.IsBranch)
            {
                throw OperandMismatch(Info, "a branch target");
            }

            ArgumentNullException.ThrowIfNull(value);
            _branchTarget = value;
        }
    }

    /// <summary>The jump table of a <c>switch</c>; null for every other instruction. Elements may be replaced in place.</summary>
    public Instruction[]? SwitchTargets
    {
        get => _switchTargets;
        set
        {
            if (OperandKind != OperandKind.Switch)
            {
                throw OperandMismatch(Info, "switch targets");
            }

            ArgumentNullException.ThrowIfNull(value);
            if (Array.IndexOf(value, null) >= 0)
            {
                throw new ArgumentException("Switch targets must not be null.", nameof(value));
            }

            _switchTargets = value;
        }
    }

    /// <summary>Encoded size in bytes, in the instruction's current form.</summary>
    public int Size => SizeAs(Info);

    internal long OperandBits => _operandBits;

    /// <summary>Makes an inserted instruction stand for a decoded one it replaces, so the offset map keeps covering it.</summary>
    internal void TakeOverOriginalOffset(Instruction replaced)
    {
        if (OriginalOffset < 0)
        {
            OriginalOffset = replaced.OriginalOffset;
        }
    }

    /// <summary>Encoded size if the instruction were written with <paramref name="form"/>, e.g. a widened branch.</summary>
    internal int SizeAs(OpCodeInfo form) =>
        form.Size + form.OperandSize + (form.OperandKind == OperandKind.Switch ? 4 * (_switchTargets?.Length ?? 0) : 0);

    public override string ToString()
    {
        var operand = OperandKind switch
        {
            OperandKind.None => null,
            OperandKind.ShortBranch or OperandKind.LongBranch => Label(_branchTarget),
            OperandKind.Switch => "(" + string.Join(", ", (_switchTargets ?? []).Select(Label)) + ")",
            OperandKind.Token => "0x" + ((int)_operandBits).ToString("X8", CultureInfo.InvariantCulture),
            OperandKind.Float32 or OperandKind.Float64 => FloatOperand.ToString("R", CultureInfo.InvariantCulture),
            _ => _operandBits.ToString(CultureInfo.InvariantCulture),
        };
        var text = Label(this) + ": " + Info.Name;
        return operand is null ? text : text + " " + operand;
    }

    private static string Label(Instruction? instruction) => instruction switch
    {
        null => "IL_?",
        { OriginalOffset: < 0 } => "IL_new",
        _ => "IL_" + instruction.OriginalOffset.ToString("X4", CultureInfo.InvariantCulture),
    };

    private static InvalidOperationException OperandMismatch(OpCodeInfo info, string operand) =>
        new($"'{info.Name}' does not take {operand} operand.");
}
