using System.Reflection.Metadata;

namespace Distro.IL.Codec;

/// <summary>Pairs each short branch with the long form used when its displacement no longer fits in a byte.</summary>
internal static class BranchForms
{
    public static ILOpCode LongFormOf(ILOpCode shortForm) => shortForm switch
    {
        ILOpCode.Br_s => ILOpCode.Br,
        ILOpCode.Brfalse_s => ILOpCode.Brfalse,
        ILOpCode.Brtrue_s => ILOpCode.Brtrue,
        ILOpCode.Beq_s => ILOpCode.Beq,
        ILOpCode.Bge_s => ILOpCode.Bge,
        ILOpCode.Bgt_s => ILOpCode.Bgt,
        ILOpCode.Ble_s => ILOpCode.Ble,
        ILOpCode.Blt_s => ILOpCode.Blt,
        ILOpCode.Bne_un_s => ILOpCode.Bne_un,
        ILOpCode.Bge_un_s => ILOpCode.Bge_un,
        ILOpCode.Bgt_un_s => ILOpCode.Bgt_un,
        ILOpCode.Ble_un_s => ILOpCode.Ble_un,
        ILOpCode.Blt_un_s => ILOpCode.Blt_un,
        ILOpCode.Leave_s => ILOpCode.Leave,
        _ => throw new ArgumentOutOfRangeException(nameof(shortForm), shortForm, "Not a short branch opcode."),
    };
}
