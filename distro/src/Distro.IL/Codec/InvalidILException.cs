namespace Distro.IL.Codec;

/// <summary>
/// The bytes handed to the decoder are not a well-formed method body. Thrown for every structural
/// problem (truncation, unknown opcode, bad branch target, bad section) so callers can skip the
/// method with one catch instead of guarding against runtime exceptions.
/// </summary>
public sealed class InvalidILException : Exception
{
    public InvalidILException()
        : this("The method body is not valid IL.", -1)
    {
    }

    public InvalidILException(string message)
        : this(message, -1)
    {
    }

    public InvalidILException(string message, Exception innerException)
        : base(message, innerException)
    {
        Offset = -1;
    }

    public InvalidILException(string message, int offset)
        : base(offset >= 0 ? $"{message} (method body offset {offset})" : message)
    {
        Offset = offset;
    }

    /// <summary>Byte offset within the method body, header included, where the problem was found; -1 if unknown.</summary>
    public int Offset { get; }
}
