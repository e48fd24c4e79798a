namespace Distro.IL.Signatures;

/// <summary>A forward-only cursor over a signature blob; every read past the end becomes an <see cref="InvalidSignatureException"/>.</summary>
internal ref struct SignatureReader
{
    private readonly ReadOnlySpan<byte> _blob;
    private int _position;

    public SignatureReader(ReadOnlySpan<byte> blob)
    {
        _blob = blob;
    }

    public readonly int Position => _position;

    public readonly bool IsAtEnd => _position >= _blob.Length;

    public readonly byte PeekByte() =>
        IsAtEnd ? throw new InvalidSignatureException("Unexpected end of the signature", _position) : _blob[_position];

    public byte ReadByte()
    {
        var value = PeekByte();
        _position++;
        return value;
    }

    public int ReadCompressedUnsigned() => CompressedInteger.ReadUnsigned(_blob, ref _position);

    public int ReadCompressedSigned() => CompressedInteger.ReadSigned(_blob, ref _position);

    public int ReadTypeToken() => TypeDefOrRefOrSpec.Read(_blob, ref _position);

    public readonly void ExpectEnd()
    {
        if (!IsAtEnd)
        {
            throw new InvalidSignatureException("Unexpected bytes after the end of the signature", _position);
        }
    }
}
