namespace Distro.Debugger.Export.CloudWatch;

/// <summary>The few pieces of the protobuf wire format that splitting an OTLP request needs.</summary>
internal static class ProtoWire
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    public static int VarintSize(ulong value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    /// <summary>Size of a length-delimited field with a one-byte tag (field numbers below 16) and this payload size.</summary>
    public static long FieldSize(long payloadSize) => 1 + VarintSize((ulong)payloadSize) + payloadSize;

    public static int WriteVarint(Span<byte> destination, ulong value)
    {
        var written = 0;
        while (value >= 0x80)
        {
            destination[written++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[written++] = (byte)value;
        return written;
    }

    /// <summary>A length-delimited field's tag byte (field numbers below 16).</summary>
    public static byte LengthDelimitedTag(int field) => (byte)((field << 3) | LengthDelimited);
}
