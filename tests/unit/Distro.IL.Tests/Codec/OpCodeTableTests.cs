using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class OpCodeTableTests
{
    public static TheoryData<ILOpCode> EveryOpCode() => [.. OpCodeTable.All.Select(info => info.OpCode)];

    [Theory]
    [MemberData(nameof(EveryOpCode))]
    public void Table_EveryOpCode_DecodesAndReencodesByteForByte(ILOpCode opCode)
    {
        var info = OpCodeTable.Get(opCode);
        var opCodeBytes = info.IsTwoByte ? $"FE {(byte)opCode:X2}" : $"{(byte)opCode:X2}";
        var bytes = TestBodies.Tiny($"{opCodeBytes} {SampleOperand(info.OperandKind)} 2A");

        var body = ILMethodBody.Decode(bytes);

        Assert.Equal([opCode, ILOpCode.Ret], body.Instructions.Select(instruction => instruction.OpCode));
        Assert.Equal(bytes.Length - 2, body.Instructions[0].Size);
        Assert.Equal(Hex.Of(bytes), body.EncodeToHex());
    }

    // Written from ECMA-335 Partition III, independently of the table.
    [Theory]
    [InlineData(ILOpCode.Nop, "nop", "00", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Break, "break", "01", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Ldarg_0, "ldarg.0", "02", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Ldarg_s, "ldarg.s", "0E", OperandKind.UInt8Variable, FlowKind.Next)]
    [InlineData(ILOpCode.Ldloca_s, "ldloca.s", "12", OperandKind.UInt8Variable, FlowKind.Next)]
    [InlineData(ILOpCode.Ldnull, "ldnull", "14", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Ldc_i4_m1, "ldc.i4.m1", "15", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Ldc_i4_8, "ldc.i4.8", "1E", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Ldc_i4_s, "ldc.i4.s", "1F", OperandKind.Int8, FlowKind.Next)]
    [InlineData(ILOpCode.Ldc_i4, "ldc.i4", "20", OperandKind.Int32, FlowKind.Next)]
    [InlineData(ILOpCode.Ldc_i8, "ldc.i8", "21", OperandKind.Int64, FlowKind.Next)]
    [InlineData(ILOpCode.Ldc_r4, "ldc.r4", "22", OperandKind.Float32, FlowKind.Next)]
    [InlineData(ILOpCode.Ldc_r8, "ldc.r8", "23", OperandKind.Float64, FlowKind.Next)]
    [InlineData(ILOpCode.Dup, "dup", "25", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Jmp, "jmp", "27", OperandKind.Token, FlowKind.Call)]
    [InlineData(ILOpCode.Call, "call", "28", OperandKind.Token, FlowKind.Call)]
    [InlineData(ILOpCode.Calli, "calli", "29", OperandKind.Token, FlowKind.Call)]
    [InlineData(ILOpCode.Ret, "ret", "2A", OperandKind.None, FlowKind.Return)]
    [InlineData(ILOpCode.Br_s, "br.s", "2B", OperandKind.ShortBranch, FlowKind.Branch)]
    [InlineData(ILOpCode.Brtrue_s, "brtrue.s", "2D", OperandKind.ShortBranch, FlowKind.ConditionalBranch)]
    [InlineData(ILOpCode.Blt_un_s, "blt.un.s", "37", OperandKind.ShortBranch, FlowKind.ConditionalBranch)]
    [InlineData(ILOpCode.Br, "br", "38", OperandKind.LongBranch, FlowKind.Branch)]
    [InlineData(ILOpCode.Blt_un, "blt.un", "44", OperandKind.LongBranch, FlowKind.ConditionalBranch)]
    [InlineData(ILOpCode.Switch, "switch", "45", OperandKind.Switch, FlowKind.ConditionalBranch)]
    [InlineData(ILOpCode.Ldind_ref, "ldind.ref", "50", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Callvirt, "callvirt", "6F", OperandKind.Token, FlowKind.Call)]
    [InlineData(ILOpCode.Ldstr, "ldstr", "72", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Newobj, "newobj", "73", OperandKind.Token, FlowKind.Call)]
    [InlineData(ILOpCode.Throw, "throw", "7A", OperandKind.None, FlowKind.Throw)]
    [InlineData(ILOpCode.Box, "box", "8C", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Unbox_any, "unbox.any", "A5", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Refanyval, "refanyval", "C2", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Mkrefany, "mkrefany", "C6", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Ldtoken, "ldtoken", "D0", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Endfinally, "endfinally", "DC", OperandKind.None, FlowKind.Return)]
    [InlineData(ILOpCode.Leave, "leave", "DD", OperandKind.LongBranch, FlowKind.Branch)]
    [InlineData(ILOpCode.Leave_s, "leave.s", "DE", OperandKind.ShortBranch, FlowKind.Branch)]
    [InlineData(ILOpCode.Conv_u, "conv.u", "E0", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Arglist, "arglist", "FE 00", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Ceq, "ceq", "FE 01", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Ldftn, "ldftn", "FE 06", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Ldvirtftn, "ldvirtftn", "FE 07", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Ldarg, "ldarg", "FE 09", OperandKind.UInt16Variable, FlowKind.Next)]
    [InlineData(ILOpCode.Stloc, "stloc", "FE 0E", OperandKind.UInt16Variable, FlowKind.Next)]
    [InlineData(ILOpCode.Localloc, "localloc", "FE 0F", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Endfilter, "endfilter", "FE 11", OperandKind.None, FlowKind.Return)]
    [InlineData(ILOpCode.Unaligned, "unaligned.", "FE 12", OperandKind.UInt8, FlowKind.Meta)]
    [InlineData(ILOpCode.Volatile, "volatile.", "FE 13", OperandKind.None, FlowKind.Meta)]
    [InlineData(ILOpCode.Tail, "tail.", "FE 14", OperandKind.None, FlowKind.Meta)]
    [InlineData(ILOpCode.Initobj, "initobj", "FE 15", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Constrained, "constrained.", "FE 16", OperandKind.Token, FlowKind.Meta)]
    [InlineData(ILOpCode.Cpblk, "cpblk", "FE 17", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Initblk, "initblk", "FE 18", OperandKind.None, FlowKind.Next)]
    [InlineData(AdditionalILOpCodes.No, "no.", "FE 19", OperandKind.UInt8, FlowKind.Meta)]
    [InlineData(ILOpCode.Rethrow, "rethrow", "FE 1A", OperandKind.None, FlowKind.Throw)]
    [InlineData(ILOpCode.Sizeof, "sizeof", "FE 1C", OperandKind.Token, FlowKind.Next)]
    [InlineData(ILOpCode.Refanytype, "refanytype", "FE 1D", OperandKind.None, FlowKind.Next)]
    [InlineData(ILOpCode.Readonly, "readonly.", "FE 1E", OperandKind.None, FlowKind.Meta)]
    public void Table_KnownOpCode_MatchesSpecification(ILOpCode opCode, string name, string opCodeHex, OperandKind operandKind, FlowKind flowKind)
    {
        var info = OpCodeTable.Get(opCode);

        Assert.Equal(name, info.Name);
        Assert.Equal(Hex.Bytes(opCodeHex).Length, info.Size);
        Assert.Equal(operandKind, info.OperandKind);
        Assert.Equal(flowKind, info.FlowKind);
        var decoded = ILMethodBody.Decode(TestBodies.Tiny($"{opCodeHex} {SampleOperand(operandKind)} 2A"));
        Assert.Equal(opCode, decoded.Instructions[0].OpCode);
    }

    [Fact]
    public void Table_EveryReflectionEmitOpCode_HasMatchingEntry()
    {
        var emitOpCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (OpCode)field.GetValue(null)!)
            .Where(opCode => opCode.OpCodeType != OpCodeType.Nternal)
            .ToList();

        foreach (var emitOpCode in emitOpCodes)
        {
            var info = OpCodeTable.Get((ILOpCode)(ushort)emitOpCode.Value);
            Assert.Equal(emitOpCode.Name, info.Name);
            Assert.Equal(emitOpCode.Size, info.Size);
            Assert.Equal(ExpectedOperandKind(emitOpCode), info.OperandKind);
            Assert.Equal(ExpectedFlowKind(emitOpCode.FlowControl), info.FlowKind);
        }

        // Reflection.Emit lacks only the no. prefix.
        Assert.Equal(emitOpCodes.Count + 1, OpCodeTable.All.Count);
    }

    [Theory]
    [InlineData(0x24)]
    [InlineData(0x77)]
    [InlineData(0xA6)]
    [InlineData(0xE1)]
    [InlineData(0xFE)]
    [InlineData(0xFE08)]
    [InlineData(0xFE1B)]
    [InlineData(0xFE1F)]
    [InlineData(0xFF00)]
    public void Table_UnassignedValue_IsNotAnOpCode(int value)
    {
        Assert.False(OpCodeTable.TryGet((ILOpCode)value, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => OpCodeTable.Get((ILOpCode)value));
    }

    [Fact]
    public void Table_Entries_AreUnique()
    {
        Assert.Equal(OpCodeTable.All.Count, OpCodeTable.All.Select(info => info.OpCode).Distinct().Count());
        Assert.Equal(OpCodeTable.All.Count, OpCodeTable.All.Select(info => info.Name).Distinct().Count());
    }

    // One operand of each kind; branches and switch jump to the ret that follows.
    private static string SampleOperand(OperandKind kind) => kind switch
    {
        OperandKind.None => "",
        OperandKind.Int8 => "85",
        OperandKind.UInt8 => "FE",
        OperandKind.Int32 => "78 56 34 92",
        OperandKind.Int64 => "F0 DE BC 9A 78 56 34 12",
        OperandKind.Float32 => "00 00 C0 BF",
        OperandKind.Float64 => "00 00 00 00 00 00 F8 BF",
        OperandKind.ShortBranch => "00",
        OperandKind.LongBranch => "00 00 00 00",
        OperandKind.Switch => "01 00 00 00 00 00 00 00",
        OperandKind.Token => "01 00 00 0A",
        OperandKind.UInt8Variable => "03",
        OperandKind.UInt16Variable => "34 12",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static OperandKind ExpectedOperandKind(OpCode opCode) => opCode.OperandType switch
    {
        OperandType.InlineNone => OperandKind.None,
        OperandType.ShortInlineI => opCode == OpCodes.Unaligned ? OperandKind.UInt8 : OperandKind.Int8,
        OperandType.InlineI => OperandKind.Int32,
        OperandType.InlineI8 => OperandKind.Int64,
        OperandType.ShortInlineR => OperandKind.Float32,
        OperandType.InlineR => OperandKind.Float64,
        OperandType.ShortInlineBrTarget => OperandKind.ShortBranch,
        OperandType.InlineBrTarget => OperandKind.LongBranch,
        OperandType.InlineSwitch => OperandKind.Switch,
        OperandType.ShortInlineVar => OperandKind.UInt8Variable,
        OperandType.InlineVar => OperandKind.UInt16Variable,
        OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType
            or OperandType.InlineString or OperandType.InlineSig or OperandType.InlineTok => OperandKind.Token,
        _ => throw new ArgumentOutOfRangeException(nameof(opCode), opCode.OperandType, null),
    };

    private static FlowKind ExpectedFlowKind(FlowControl flowControl) => flowControl switch
    {
        FlowControl.Next or FlowControl.Break => FlowKind.Next,
        FlowControl.Branch => FlowKind.Branch,
        FlowControl.Cond_Branch => FlowKind.ConditionalBranch,
        FlowControl.Return => FlowKind.Return,
        FlowControl.Throw => FlowKind.Throw,
        FlowControl.Call => FlowKind.Call,
        FlowControl.Meta => FlowKind.Meta,
        _ => throw new ArgumentOutOfRangeException(nameof(flowControl), flowControl, null),
    };
}
