using System.Buffers;

namespace Distro.IL.Signatures;

/// <summary>Appends signature elements to a growing blob.</summary>
internal sealed class SignatureWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void WriteElementType(ElementType elementType) => WriteByte((byte)elementType);

    public void WriteBytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    public void WriteCompressedUnsigned(int value) =>
        _buffer.Advance(CompressedInteger.WriteUnsigned(value, _buffer.GetSpan(CompressedInteger.MaxLength)));

    public void WriteTypeToken(int token) =>
        _buffer.Advance(TypeDefOrRefOrSpec.Write(token, _buffer.GetSpan(CompressedInteger.MaxLength)));

    /// <summary>Writes a type blob the caller composed, which must hold exactly one valid type.</summary>
    public void WriteType(ReadOnlySpan<byte> type, bool allowPinned, string parameterName)
    {
        try
        {
            TypeSignature.Validate(type, allowPinned);
        }
        catch (InvalidSignatureException exception)
        {
            throw new ArgumentException("The type blob is not exactly one valid type.", parameterName, exception);
        }

        WriteBytes(type);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
