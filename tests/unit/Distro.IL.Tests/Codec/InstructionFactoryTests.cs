using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class InstructionFactoryTests
{
    [Theory]
    [InlineData(-1, "15")]
    [InlineData(0, "16")]
    [InlineData(8, "1E")]
    [InlineData(9, "1F 09")]
    [InlineData(-2, "1F FE")]
    [InlineData(127, "1F 7F")]
    [InlineData(-128, "1F 80")]
    [InlineData(128, "20 80 00 00 00")]
    [InlineData(-129, "20 7F FF FF FF")]
    [InlineData(int.MaxValue, "20 FF FF FF 7F")]
    public void LoadConstant_Value_PicksShortestEncoding(int value, string expected) =>
        Assert.Equal(Hex.Normalize(expected), CodeHex(Instruction.LoadConstant(value)));

    [Theory]
    [InlineData("ldarg", 0, "02")]
    [InlineData("ldarg", 3, "05")]
    [InlineData("ldarg", 4, "0E 04")]
    [InlineData("ldarg", 255, "0E FF")]
    [InlineData("ldarg", 256, "FE 09 00 01")]
    [InlineData("ldarg", 65535, "FE 09 FF FF")]
    [InlineData("ldarga", 0, "0F 00")]
    [InlineData("ldarga", 256, "FE 0A 00 01")]
    [InlineData("starg", 1, "10 01")]
    [InlineData("starg", 256, "FE 0B 00 01")]
    [InlineData("ldloc", 0, "06")]
    [InlineData("ldloc", 3, "09")]
    [InlineData("ldloc", 4, "11 04")]
    [InlineData("ldloc", 300, "FE 0C 2C 01")]
    [InlineData("ldloca", 2, "12 02")]
    [InlineData("ldloca", 256, "FE 0D 00 01")]
    [InlineData("stloc", 0, "0A")]
    [InlineData("stloc", 3, "0D")]
    [InlineData("stloc", 4, "13 04")]
    [InlineData("stloc", 300, "FE 0E 2C 01")]
    public void VariableAccess_Index_PicksShortestEncoding(string access, int index, string expected) =>
        Assert.Equal(Hex.Normalize(expected), CodeHex(VariableAccess(access)(index)));

    [Theory]
    [InlineData("ldarg", -1)]
    [InlineData("ldloc", 65536)]
    [InlineData("stloc", -1)]
    [InlineData("ldloca", 65536)]
    public void VariableAccess_IndexOutOfRange_Throws(string access, int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableAccess(access)(index));

    [Fact]
    public void Create_Token_EncodesLittleEndian() =>
        Assert.Equal("28 12 00 00 0A", CodeHex(Instruction.Create(ILOpCode.Call, 0x0A000012)));

    [Fact]
    public void Create_Int64_EncodesLittleEndian() =>
        Assert.Equal("21 08 07 06 05 04 03 02 01", CodeHex(Instruction.Create(ILOpCode.Ldc_i8, 0x0102030405060708L)));

    [Fact]
    public void Create_Float32_EncodesIeeeSingle() =>
        Assert.Equal("22 00 00 C0 3F", CodeHex(Instruction.Create(ILOpCode.Ldc_r4, 1.5f)));

    [Fact]
    public void Create_Float64_EncodesIeeeDouble() =>
        Assert.Equal("23 00 00 00 00 00 00 F8 3F", CodeHex(Instruction.Create(ILOpCode.Ldc_r8, 1.5)));

    [Fact]
    public void Create_UInt8Prefix_EncodesUnsignedByte() =>
        Assert.Equal("FE 12 04", CodeHex(Instruction.Create(ILOpCode.Unaligned, 4)));

    [Fact]
    public void Create_ShortBranch_EncodesDisplacementToTarget()
    {
        var ret = Instruction.Create(ILOpCode.Ret);

        Assert.Equal("2B 01 00 2A", CodeHex(Instruction.Create(ILOpCode.Br_s, ret), Instruction.Create(ILOpCode.Nop), ret));
    }

    [Fact]
    public void Create_Switch_EncodesForwardAndBackwardTargets()
    {
        var first = Instruction.Create(ILOpCode.Ldc_i4_0);
        var nop = Instruction.Create(ILOpCode.Nop);
        var ret = Instruction.Create(ILOpCode.Ret);

        // The switch spans IL_0001..IL_0012; displacements count from its end.
        var code = CodeHex(first, Instruction.Create(ILOpCode.Switch, [nop, ret, first]), nop, ret);

        Assert.Equal(Hex.Normalize("16 | 45 03 00 00 00 00 00 00 00 01 00 00 00 EE FF FF FF | 00 | 2A"), code);
    }

    [Fact]
    public void Create_Switch_CopiesTargets()
    {
        var ret = Instruction.Create(ILOpCode.Ret);
        Instruction[] targets = [ret];

        var instruction = Instruction.Create(ILOpCode.Switch, targets);
        targets[0] = Instruction.Create(ILOpCode.Nop);

        Assert.Same(ret, instruction.SwitchTargets![0]);
    }

    [Theory]
    [InlineData(ILOpCode.Ldc_i4_s, 128)]
    [InlineData(ILOpCode.Ldc_i4_s, -129)]
    [InlineData(ILOpCode.Ldarg_s, 256)]
    [InlineData(ILOpCode.Ldloc, -1)]
    [InlineData(ILOpCode.Unaligned, 256)]
    public void Create_OperandOutOfRange_Throws(ILOpCode opCode, int operand) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Instruction.Create(opCode, operand));

    [Fact]
    public void Create_OperandOfWrongKind_Throws()
    {
        var ret = Instruction.Create(ILOpCode.Ret);

        Assert.Throws<ArgumentException>(() => Instruction.Create(ILOpCode.Call));
        Assert.Throws<ArgumentException>(() => Instruction.Create(ILOpCode.Ret, 5));
        Assert.Throws<ArgumentException>(() => Instruction.Create(ILOpCode.Ldc_i4, 1.5));
        Assert.Throws<ArgumentException>(() => Instruction.Create(ILOpCode.Nop, ret));
        Assert.Throws<ArgumentException>(() => Instruction.Create(ILOpCode.Br, [ret]));
        Assert.Throws<ArgumentException>(() => Instruction.Create(ILOpCode.Call, 1L));
    }

    [Fact]
    public void Operands_ReadWithWrongAccessor_Throw()
    {
        var call = Instruction.Create(ILOpCode.Call, 0x0A000001);

        Assert.Equal(0x0A000001, call.Token);
        Assert.Throws<InvalidOperationException>(() => call.IntegerOperand);
        Assert.Throws<InvalidOperationException>(() => call.FloatOperand);
        Assert.Throws<InvalidOperationException>(() => call.BranchTarget = call);
    }

    [Fact]
    public void Operands_ReadBack_AsCreated()
    {
        Assert.Equal(-5, Instruction.Create(ILOpCode.Ldc_i4_s, -5).IntegerOperand);
        Assert.Equal(1.5, Instruction.Create(ILOpCode.Ldc_r4, 1.5f).FloatOperand);
        Assert.Equal(-1, Instruction.Create(ILOpCode.Nop).OriginalOffset);
    }

    [Fact]
    public void Decode_SignalingNaNConstant_ReencodesBitForBit()
    {
        var bytes = TestBodies.Tiny("22 01 00 80 7F | 23 01 00 00 00 00 00 F0 7F | 2A");

        Assert.Equal(Hex.Of(bytes), ILMethodBody.Decode(bytes).EncodeToHex());
    }

    [Fact]
    public void ToString_DecodedBranch_ShowsMnemonicAndTargetLabel()
    {
        var body = ILMethodBody.Decode(TestBodies.Tiny("2B 01 00 2A"));

        Assert.Equal("IL_0000: br.s IL_0003", body.Instructions[0].ToString());
        Assert.Equal("IL_new: ldc.i4.s 50", Instruction.LoadConstant(50).ToString());
    }

    private static Func<int, Instruction> VariableAccess(string access) => access switch
    {
        "ldarg" => Instruction.LoadArgument,
        "ldarga" => Instruction.LoadArgumentAddress,
        "starg" => Instruction.StoreArgument,
        "ldloc" => Instruction.LoadLocal,
        "ldloca" => Instruction.LoadLocalAddress,
        "stloc" => Instruction.StoreLocal,
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    /// <summary>The code bytes of a tiny body holding <paramref name="code"/>, header byte dropped.</summary>
    private static string CodeHex(params Instruction[] code)
    {
        var body = new ILMethodBody { MaxStack = 8 };
        foreach (var instruction in code)
        {
            body.Add(instruction);
        }

        return Hex.Of(body.Encode().Bytes[1..]);
    }
}
