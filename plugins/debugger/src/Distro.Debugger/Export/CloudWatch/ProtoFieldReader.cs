namespace Distro.Debugger.Export.CloudWatch;

/// <summary>Walks the fields of one protobuf message; throws <see cref="FormatException"/> on malformed input.</summary>
internal struct ProtoFieldReader(ReadOnlyMemory<byte> message)
{
    private readonly ReadOnlyMemory<byte> _message = message;
    private int _position;

    /// <summary>Reads the next field: its number, wire type, the whole field's bytes (tag included) and, when length-delimited, its payload.</summary>
    public bool TryRead(out ProtoField field)
    {
        if (_position >= _message.Length)
        {
            field = default;
            return false;
        }

        var start = _position;
        var tag = ReadVarint();
        var number = (int)(tag >> 3);
        var wireType = (int)(tag & 7);
        if (number == 0)
        {
            throw new FormatException("Field number 0.");
        }

        var payload = ReadOnlyMemory<byte>.Empty;
        switch (wireType)
        {
            case ProtoWire.Varint:
                ReadVarint();
                break;
            case ProtoWire.Fixed64:
                Advance(8);
                break;
            case ProtoWire.Fixed32:
                Advance(4);
                break;
            case ProtoWire.LengthDelimited:
                var length = ReadVarint();
                if (length > (ulong)(_message.Length - _position))
                {
                    throw new FormatException("A length-delimited field runs past the end of its message.");
                }

                payload = _message.Slice(_position, (int)length);
                _position += (int)length;
                break;
            default:
                throw new FormatException($"Unsupported wire type {wireType}.");
        }

        field = new ProtoField(number, wireType, _message[start.._position], payload);
        return true;
    }

    private ulong ReadVarint()
    {
        var span = _message.Span;
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= span.Length)
            {
                throw new FormatException("Truncated varint.");
            }

            var b = span[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new FormatException("Varint longer than 10 bytes.");
    }

    private void Advance(int count)
    {
        if (_message.Length - _position < count)
        {
            throw new FormatException("Truncated fixed-size field.");
        }

        _position += count;
    }
}
