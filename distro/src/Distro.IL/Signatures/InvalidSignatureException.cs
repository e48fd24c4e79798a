namespace Distro.IL.Signatures;

/// <summary>A signature blob does not follow the ECMA-335 grammar: it is truncated, has trailing bytes or holds an unexpected value.</summary>
public sealed class InvalidSignatureException : Exception
{
    public InvalidSignatureException(string message, int position)
        : base($"{message} (at byte {position} of the signature).")
    {
        Position = position;
    }

    /// <summary>The offset in the blob of the byte that could not be read.</summary>
    public int Position { get; }
}
