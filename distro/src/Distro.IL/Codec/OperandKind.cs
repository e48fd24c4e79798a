namespace Distro.IL.Codec;

/// <summary>How the operand that follows an opcode is encoded.</summary>
public enum OperandKind
{
    None,
    Int8,
    UInt8,
    Int32,
    Int64,
    Float32,
    Float64,
    ShortBranch,
    LongBranch,
    Switch,
    Token,
    UInt8Variable,
    UInt16Variable,
}
