using System.Reflection.Metadata;

namespace Distro.IL.Codec;

// Factories that pick the shortest encoding, so injected code stays small and short branches around it keep fitting.
public sealed partial class Instruction
{
    private static readonly ILOpCode[] s_loadArgumentMacros = [ILOpCode.Ldarg_0, ILOpCode.Ldarg_1, ILOpCode.Ldarg_2, ILOpCode.Ldarg_3];
    private static readonly ILOpCode[] s_loadLocalMacros = [ILOpCode.Ldloc_0, ILOpCode.Ldloc_1, ILOpCode.Ldloc_2, ILOpCode.Ldloc_3];
    private static readonly ILOpCode[] s_storeLocalMacros = [ILOpCode.Stloc_0, ILOpCode.Stloc_1, ILOpCode.Stloc_2, ILOpCode.Stloc_3];

    /// <summary><c>ldarg.0</c>..<c>ldarg.3</c>, <c>ldarg.s</c> or <c>ldarg</c>.</summary>
    public static Instruction LoadArgument(int index) =>
        VariableAccess(index, s_loadArgumentMacros, ILOpCode.Ldarg_s, ILOpCode.Ldarg);

    /// <summary><c>ldarga.s</c> or <c>ldarga</c>.</summary>
    public static Instruction LoadArgumentAddress(int index) =>
        VariableAccess(index, [], ILOpCode.Ldarga_s, ILOpCode.Ldarga);

    /// <summary><c>starg.s</c> or <c>starg</c>.</summary>
    public static Instruction StoreArgument(int index) =>
        VariableAccess(index, [], ILOpCode.Starg_s, ILOpCode.Starg);

    /// <summary><c>ldloc.0</c>..<c>ldloc.3</c>, <c>ldloc.s</c> or <c>ldloc</c>.</summary>
    public static Instruction LoadLocal(int index) =>
        VariableAccess(index, s_loadLocalMacros, ILOpCode.Ldloc_s, ILOpCode.Ldloc);

    /// <summary><c>ldloca.s</c> or <c>ldloca</c>.</summary>
    public static Instruction LoadLocalAddress(int index) =>
        VariableAccess(index, [], ILOpCode.Ldloca_s, ILOpCode.Ldloca);

    /// <summary><c>stloc.0</c>..<c>stloc.3</c>, <c>stloc.s</c> or <c>stloc</c>.</summary>
    public static Instruction StoreLocal(int index) =>
        VariableAccess(index, s_storeLocalMacros, ILOpCode.Stloc_s, ILOpCode.Stloc);

    /// <summary><c>ldc.i4.m1</c>, <c>ldc.i4.0</c>..<c>ldc.i4.8</c>, <c>ldc.i4.s</c> or <c>ldc.i4</c>.</summary>
    public static Instruction LoadConstant(int value) => value switch
    {
        -1 => Create(ILOpCode.Ldc_i4_m1),
        >= 0 and <= 8 => Create((ILOpCode)((int)ILOpCode.Ldc_i4_0 + value)),
        >= sbyte.MinValue and <= sbyte.MaxValue => Create(ILOpCode.Ldc_i4_s, value),
        _ => Create(ILOpCode.Ldc_i4, value),
    };

    private static Instruction VariableAccess(int index, ILOpCode[] macros, ILOpCode shortForm, ILOpCode longForm)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, ushort.MaxValue);
        return index < macros.Length ? Create(macros[index])
            : index <= byte.MaxValue ? Create(shortForm, index)
            : Create(longForm, index);
    }
}
