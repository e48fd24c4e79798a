using Distro.IL.Signatures;

namespace Distro.IL.Tests.Signatures;

/// <summary>Every type form must be walked to its exact end, wherever it sits, and every malformed blob rejected.</summary>
public class TypeWalkTests
{
    public static TheoryData<string, byte[]> EveryForm => SampleTypes.EveryForm;

    public static TheoryData<string, byte[], int> MalformedTypes => new()
    {
        { "empty", [], 0 },
        { "END", [0x00], 0 },
        { "unused code 0x17", [0x17], 0 },
        { "unused code 0x42", [0x42], 0 },
        { "INTERNAL", [0x21, 0, 0, 0, 0, 0, 0, 0, 0], 0 },
        { "SENTINEL outside a vararg parameter list", [0x41, 0x08], 0 },
        { "GENERICINST of a primitive", [0x15, 0x08, 0x05, 0x01, 0x08], 1 },
        { "GENERICINST without arguments", [0x15, 0x12, 0x05, 0x00], 3 },
        { "coded index with tag 3", [0x12, 0x07], 1 },
        { "coded index with row 0", [0x12, 0x01], 1 },
        { "byte 0xE0 where a compressed integer starts", [0x13, 0xE0], 1 },
        { "array of rank 0", [0x14, 0x08, 0x00, 0x00, 0x00], 2 },
        { "array with more sizes than dimensions", [0x14, 0x08, 0x01, 0x02, 0x01, 0x01, 0x00], 3 },
        { "array with more lower bounds than dimensions", [0x14, 0x08, 0x01, 0x00, 0x02, 0x00, 0x00], 4 },
        { "FNPTR with a field header", [0x1B, 0x06, 0x08], 1 },
        { "FNPTR with a method spec header", [0x1B, 0x0A, 0x01, 0x08], 1 },
        { "FNPTR with the reserved header bit", [0x1B, 0x80, 0x00, 0x01], 1 },
        { "PINNED under BYREF", [0x10, 0x45, 0x08], 1 },
        { "modifier without a type", [0x0F, 0x1F, 0x05], 3 },
    };

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Parse_EveryForm_CoversExactlyTheBlob(string form, byte[] blob)
    {
        var type = TypeSignature.Parse(blob);

        Assert.True(blob.AsSpan().SequenceEqual(type.Bytes.Span), form);
    }

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void MethodSignatureParse_FormBeforeAnotherParameter_EndsWhereTheNextBegins(string form, byte[] blob)
    {
        byte[] signature = [0x00, 0x02, 0x01, .. blob, 0x08];

        var method = MethodSignature.Parse(signature);

        Assert.Equal(2, method.Parameters.Count);
        Assert.True(blob.AsSpan().SequenceEqual(method.Parameters[0].Bytes.Span), form);
        Assert.Equal([0x08], method.Parameters[1].ToArray());
    }

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void MethodSignatureParse_FormAsReturnType_EndsWhereTheParameterBegins(string form, byte[] blob)
    {
        byte[] signature = [0x00, 0x01, .. blob, 0x0E];

        var method = MethodSignature.Parse(signature);

        Assert.True(blob.AsSpan().SequenceEqual(method.ReturnType.Bytes.Span), form);
        Assert.Equal([0x0E], method.Parameters[0].ToArray());
    }

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void LocalSignatureParse_FormBetweenLocals_EndsWhereTheNextBegins(string form, byte[] blob)
    {
        byte[] signature = [0x07, 0x03, 0x1C, .. blob, 0x08];

        var locals = LocalSignature.Parse(signature).Locals;

        Assert.Equal(3, locals.Count);
        Assert.True(blob.AsSpan().SequenceEqual(locals[1].Bytes.Span), form);
        Assert.Equal([0x08], locals[2].ToArray());
    }

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Parse_EveryStrictPrefixOfAForm_ThrowsInvalidSignature(string form, byte[] blob)
    {
        for (var length = 0; length < blob.Length; length++)
        {
            var prefix = blob[..length];

            var exception = Assert.Throws<InvalidSignatureException>(() => TypeSignature.Parse(prefix));

            Assert.True(exception.Position <= length, $"{form} cut to {length} bytes reported position {exception.Position}");
        }
    }

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Parse_FormWithTrailingByte_ThrowsAtTheTrailingByte(string form, byte[] blob)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => TypeSignature.Parse([.. blob, 0x08]));

        Assert.True(exception.Position == blob.Length, form);
    }

    [Theory]
    [MemberData(nameof(MalformedTypes))]
    public void Parse_MalformedType_ThrowsAtTheOffendingByte(string form, byte[] blob, int position)
    {
        var exception = Assert.Throws<InvalidSignatureException>(() => TypeSignature.Parse(blob));

        Assert.True(exception.Position == position, $"{form}: expected position {position}, got {exception.Position}");
    }

    [Fact]
    public void Parse_NestingAtTheLimit_Succeeds()
    {
        byte[] blob = [.. Enumerable.Repeat((byte)0x1D, TypeWalker.MaxNestingDepth), 0x08];

        var type = TypeSignature.Parse(blob);

        Assert.Equal(blob.Length, type.Bytes.Length);
    }

    [Fact]
    public void Parse_NestingBeyondTheLimit_ThrowsInsteadOfOverflowingTheStack()
    {
        byte[] blob = [.. Enumerable.Repeat((byte)0x1D, TypeWalker.MaxNestingDepth + 1), 0x08];

        var exception = Assert.Throws<InvalidSignatureException>(() => TypeSignature.Parse(blob));

        Assert.Equal(TypeWalker.MaxNestingDepth + 1, exception.Position);
    }
}
