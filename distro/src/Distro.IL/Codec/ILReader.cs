using System.Buffers.Binary;

namespace Distro.IL.Codec;

/// <summary>Little-endian reader that turns every read past the end into an <see cref="InvalidILException"/>.</summary>
internal ref struct ILReader
{
    private readonly ReadOnlySpan<byte> _bytes;

    // Added to positions in error reports so they are offsets in the whole method body.
    private readonly int _origin;

    public ILReader(ReadOnlySpan<byte> bytes, int origin)
    {
        _bytes = bytes;
        _origin = origin;
    }

    public int Position { get; private set; }

    public readonly int Remaining => _bytes.Length - Position;

    public readonly bool AtEnd => Position >= _bytes.Length;

    /// <summary>Offset in the whole method body of a position of this reader.</summary>
    public readonly int BodyOffset(int position) => _origin + position;

    public byte ReadByte() => Take(1)[0];

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public uint ReadUInt24()
    {
        var bytes = Take(3);
        return bytes[0] | ((uint)bytes[1] << 8) | ((uint)bytes[2] << 16);
    }

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    /// <summary>Moves to <paramref name="position"/>, which may be anywhere up to the end.</summary>
    public void Seek(int position)
    {
        if (position < 0 || position > _bytes.Length)
        {
            throw new InvalidILException("The method body ends unexpectedly.", BodyOffset(_bytes.Length));
        }

        Position = position;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new InvalidILException("The method body ends unexpectedly.", BodyOffset(_bytes.Length));
        }

        var taken = _bytes.Slice(Position, count);
        Position += count;
        return taken;
    }
}
