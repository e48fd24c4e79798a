using System.Buffers;
using System.Buffers.Binary;

namespace Distro.IL.Codec;

/// <summary>Growable little-endian byte buffer for encoding method bodies.</summary>
internal sealed class ILWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    public ILWriter(int initialCapacity) => _buffer = new ArrayBufferWriter<byte>(Math.Max(initialCapacity, 16));

    public int Position => _buffer.WrittenCount;

    public void WriteByte(byte value) => Take(1)[0] = value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Take(2), value);

    public void WriteUInt24(uint value)
    {
        var bytes = Take(3);
        bytes[0] = (byte)value;
        bytes[1] = (byte)(value >> 8);
        bytes[2] = (byte)(value >> 16);
    }

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    /// <summary>Pads with zero bytes up to the next multiple of 4.</summary>
    public void AlignTo4()
    {
        while (Position % 4 != 0)
        {
            WriteByte(0);
        }
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    private Span<byte> Take(int count)
    {
        var span = _buffer.GetSpan(count)[..count];
        _buffer.Advance(count);
        return span;
    }
}
