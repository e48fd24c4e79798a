using Distro.IL.Codec;

namespace Distro.IL.Tests.Codec;

public class MalformedInputTests
{
    // A fat header with MoreSects (flags 0x300B), maxstack 8, one code byte (ret), padding to the section.
    private const string FatWithSection = "0B 30 08 00 01 00 00 00 00 00 00 00 | 2A 00 00 00";

    [Theory]
    [InlineData("", "empty input")]
    [InlineData("00", "header format 0")]
    [InlineData("01", "header format 1")]
    [InlineData("0A 00", "tiny header declares 2 code bytes, 1 present")]
    [InlineData("03 30 08 00", "fat header cut short")]
    [InlineData("03 20 08 00 01 00 00 00 00 00 00 00 2A", "fat header size of 2 dwords")]
    [InlineData("43 30 08 00 01 00 00 00 00 00 00 00 2A", "fat header with the obsolete CompressedIL flag")]
    [InlineData("03 30 08 00 FF FF FF FF 00 00 00 00 2A", "code size beyond int.MaxValue")]
    [InlineData("03 30 08 00 00 01 00 00 00 00 00 00 2A", "fat header declares 256 code bytes, 1 present")]
    public void Decode_MalformedHeader_ThrowsInvalidIL(string hex, string reason) =>
        AssertInvalid(hex, reason);

    [Theory]
    [InlineData("06 24", "unknown one-byte opcode 0x24")]
    [InlineData("06 A6", "unknown one-byte opcode 0xA6")]
    [InlineData("0A FE 08", "unknown two-byte opcode 0xFE 0x08")]
    [InlineData("0A FE 1B", "unknown two-byte opcode 0xFE 0x1B")]
    [InlineData("06 FE", "two-byte opcode cut after its prefix")]
    [InlineData("0A 20 01", "ldc.i4 with one operand byte")]
    [InlineData("0E 2B 10 2A", "br.s beyond the code")]
    [InlineData("0A 2B 00", "br.s to the end of the code")]
    [InlineData("0E 2B FC 2A", "br.s before the code")]
    [InlineData("22 2B 01 20 00 00 00 00 2A", "br.s into the middle of ldc.i4")]
    [InlineData("22 38 01 00 00 00 1F 00 2A", "br into the middle of ldc.i4.s")]
    [InlineData("16 45 FF FF FF FF", "switch declaring more targets than the code holds")]
    [InlineData("1A 45 01 00 00 00 01 00", "switch target table cut short")]
    [InlineData("2A 45 01 00 00 00 01 00 00 00 2A", "switch target at the end of the code")]
    public void Decode_MalformedCode_ThrowsInvalidIL(string hex, string reason) =>
        AssertInvalid(hex, reason);

    [Theory]
    [InlineData("", "section missing")]
    [InlineData("| 02 10 00 00 | 00 00 00 00 00 01 00 00 00 00 00 00", "section kind 0x02 (OptILTable)")]
    [InlineData("| 00 10 00 00 | 00 00 00 00 00 01 00 00 00 00 00 00", "section kind 0x00")]
    [InlineData("| 03 10 00 00 | 00 00 00 00 00 01 00 00 00 00 00 00", "section kind with unknown bit 0x02")]
    [InlineData("| 01 02 00 00", "data size smaller than the section header")]
    [InlineData("| 01 10 00 00 | 00 00", "clause cut short")]
    [InlineData("| 41 1C 00 00 | 00 00 00 00", "fat clause cut short")]
    [InlineData("| 01 10 00 00 | 03 00 00 00 01 00 00 00 00 00 00 00", "clause flags 3")]
    [InlineData("| 01 10 00 00 | 00 00 01 00 00 00 00 00 00 00 00 00", "try start at the end of the code")]
    [InlineData("| 01 10 00 00 | 00 00 00 00 02 00 00 00 00 00 00 00", "try end beyond the code")]
    [InlineData("| 01 10 00 00 | 01 00 00 00 01 00 00 00 01 02 00 00", "filter start beyond the code")]
    [InlineData("| 81 10 00 00 | 00 00 00 00 01 00 00 00 00 00 00 00", "MoreSects with no further section")]
    public void Decode_MalformedExceptionSection_ThrowsInvalidIL(string sectionHex, string reason) =>
        AssertInvalid($"{FatWithSection} {sectionHex}", reason);

    [Fact]
    public void Decode_ClauseBoundaryInsideInstruction_ThrowsInvalidIL()
    {
        // IL_0000 ldc.i4 0 | IL_0005 pop | IL_0006 ret; the try starts at IL_0001.
        const string bytes =
            "0B 30 08 00 07 00 00 00 00 00 00 00 | 20 00 00 00 00 26 2A | 00 | 01 10 00 00 | 02 00 01 00 04 05 00 01 00 00 00 00";

        AssertInvalid(bytes, "try start inside ldc.i4");
    }

    [Fact]
    public void Decode_UnknownOpCode_ReportsItsBodyOffset()
    {
        var exception = Assert.Throws<InvalidILException>(() => TestBodies.Decode("0E 00 00 24"));

        Assert.Equal(3, exception.Offset);
    }

    [Fact]
    public void Decode_CompiledBodiesCutAtEveryLength_ThrowInvalidIL()
    {
        var samples = typeof(SampleMethods).GetMethods().Where(method => method.DeclaringType == typeof(SampleMethods));
        foreach (var raw in samples.Select(CompiledMethodBodies.Of))
        {
            for (var length = 0; length < raw.Length; length++)
            {
                Assert.Throws<InvalidILException>(() => ILMethodBody.Decode(raw.AsSpan(0, length)));
            }
        }
    }

    [Fact]
    public void Decode_CorruptedCompiledBodies_ThrowOnlyInvalidIL()
    {
        var random = new Random(20261126);
        var bodies = CompiledMethodBodies.In(typeof(ILMethodBody).Assembly.Location);
        for (var round = 0; round < 20_000; round++)
        {
            var bytes = bodies[random.Next(bodies.Count)].Body.ToArray();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);

            try
            {
                ILMethodBody.Decode(bytes).Encode();
            }
            catch (InvalidILException)
            {
                // Rejecting corrupt input is the expected outcome; anything else fails the test.
            }
        }
    }

    private static void AssertInvalid(string hex, string reason)
    {
        var exception = Record.Exception(() => TestBodies.Decode(hex));

        Assert.True(exception is InvalidILException, $"{reason}: expected InvalidILException, got {exception?.GetType().Name ?? "no exception"}");
    }
}
