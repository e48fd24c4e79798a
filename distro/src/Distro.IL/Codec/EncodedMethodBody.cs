namespace Distro.IL.Codec;

/// <summary>The bytes of an encoded method body (header, code and exception sections) and where the original instructions moved.</summary>
public sealed class EncodedMethodBody
{
    internal EncodedMethodBody(byte[] bytes, IReadOnlyList<OffsetMapping> offsetMap)
    {
        Bytes = bytes;
        OffsetMap = offsetMap;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>One entry per instruction that came from the decoded body, sorted by old offset.</summary>
    public IReadOnlyList<OffsetMapping> OffsetMap { get; }
}
