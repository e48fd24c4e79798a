using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

/// <summary>Hand-assembled method bodies shared by several tests, with the layout of each spelled out.</summary>
internal static class TestBodies
{
    /// <summary>A tiny body around <paramref name="codeHex"/>; the header byte is the code size shifted left 2, or'ed with 2.</summary>
    public static byte[] Tiny(string codeHex)
    {
        var code = Hex.Bytes(codeHex);
        return [(byte)((code.Length << 2) | 0x2), .. code];
    }

    /// <summary>
    /// try { nop; leave.s END } catch [TypeRef 0x01000001] { pop; leave.s END } END: ret
    /// IL_0000 nop | IL_0001 leave.s IL_0006 | IL_0003 pop | IL_0004 leave.s IL_0006 | IL_0006 ret
    /// </summary>
    public const string TryCatch =
        "0B 30 01 00 07 00 00 00 00 00 00 00 | 00 DE 03 26 DE 00 2A | 00 | 01 10 00 00 | 00 00 00 00 03 03 00 03 01 00 00 01";

    /// <summary>
    /// try { nop; leave.s END } finally { endfinally } END: ret
    /// IL_0000 nop | IL_0001 leave.s IL_0004 | IL_0003 endfinally | IL_0004 ret
    /// </summary>
    public const string TryFinally =
        "0B 30 01 00 05 00 00 00 00 00 00 00 | 00 DE 01 DC 2A | 00 00 00 | 01 10 00 00 | 02 00 00 00 03 03 00 01 00 00 00 00";

    /// <summary>
    /// try { nop; leave.s END } filter { pop; ldc.i4.1; endfilter } { pop; leave.s END } END: ret
    /// IL_0000 nop | IL_0001 leave.s IL_000A | IL_0003 pop | IL_0004 ldc.i4.1 | IL_0005 endfilter
    /// | IL_0007 pop | IL_0008 leave.s IL_000A | IL_000A ret
    /// </summary>
    public const string TryFilter =
        "0B 30 02 00 0B 00 00 00 00 00 00 00 | 00 DE 07 26 17 FE 11 26 DE 00 2A | 00 | 01 10 00 00 | 01 00 00 00 03 07 00 03 03 00 00 00";

    /// <summary>
    /// try { try { nop; leave.s A } catch [0x01000001] { pop; leave.s A } A: leave.s END } finally { endfinally } END: ret
    /// IL_0000 nop | IL_0001 leave.s IL_0006 | IL_0003 pop | IL_0004 leave.s IL_0006 | IL_0006 leave.s IL_0009
    /// | IL_0008 endfinally | IL_0009 ret
    /// </summary>
    public const string NestedTryCatchInTryFinally =
        "0B 30 01 00 0A 00 00 00 00 00 00 00 | 00 DE 03 26 DE 00 DE 01 DC 2A | 00 00 | 01 1C 00 00"
        + " | 00 00 00 00 03 03 00 03 01 00 00 01 | 02 00 00 00 08 08 00 01 00 00 00 00";

    public static ILMethodBody Decode(string hex) => ILMethodBody.Decode(Hex.Bytes(hex));

    public static string EncodeToHex(this ILMethodBody body) => Hex.Of(body.Encode().Bytes);
}
