using System.Diagnostics.CodeAnalysis;
using System.Reflection.Metadata;

namespace Distro.IL.Codec;

/// <summary>Every ECMA-335 opcode, looked up by identity or by its encoded bytes.</summary>
public static partial class OpCodeTable
{
    /// <summary>The byte that introduces every two-byte opcode.</summary>
    internal const byte TwoBytePrefix = 0xFE;

    private static readonly OpCodeInfo[] s_all = CreateDefinitions();
    private static readonly OpCodeInfo?[] s_oneByte = Index(s_all, twoByte: false);
    private static readonly OpCodeInfo?[] s_twoByte = Index(s_all, twoByte: true);

    public static IReadOnlyList<OpCodeInfo> All => s_all;

    public static OpCodeInfo Get(ILOpCode opCode) =>
        TryGet(opCode, out var info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(opCode), opCode, "Not an ECMA-335 opcode.");

    public static bool TryGet(ILOpCode opCode, [NotNullWhen(true)] out OpCodeInfo? info)
    {
        var value = (ushort)opCode;
        info = value <= 0xFF ? s_oneByte[value]
            : value >> 8 == TwoBytePrefix ? s_twoByte[value & 0xFF]
            : null;
        return info is not null;
    }

    internal static OpCodeInfo? FindOneByte(byte value) => s_oneByte[value];

    internal static OpCodeInfo? FindTwoByte(byte secondByte) => s_twoByte[secondByte];

    private static OpCodeInfo?[] Index(OpCodeInfo[] definitions, bool twoByte)
    {
        var index = new OpCodeInfo?[256];
        foreach (var info in definitions)
        {
            if (info.IsTwoByte == twoByte)
            {
                index[(ushort)info.OpCode & 0xFF] = info;
            }
        }

        return index;
    }
}
