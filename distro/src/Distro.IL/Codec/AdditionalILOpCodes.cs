using System.Reflection.Metadata;

namespace Distro.IL.Codec;

/// <summary>ECMA-335 opcodes that <see cref="ILOpCode"/> does not name.</summary>
public static class AdditionalILOpCodes
{
    /// <summary>The <c>no.</c> prefix (0xFE 0x19), which tells the JIT it may skip type, range or null checks.</summary>
    public const ILOpCode No = (ILOpCode)0xFE19;
}
