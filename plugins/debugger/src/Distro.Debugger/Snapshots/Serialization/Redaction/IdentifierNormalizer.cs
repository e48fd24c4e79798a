namespace Distro.Debugger.Snapshots.Serialization.Redaction;

/// <summary>
/// Brings an identifier to the form redaction compares: lower case, without <c>_</c>, <c>-</c>, <c>.</c> and spaces,
/// and without a leading field prefix <c>m_</c>, <c>s_</c> or <c>t_</c>: <c>m_Pass-Word</c> becomes <c>password</c>.
/// </summary>
internal static class IdentifierNormalizer
{
    public const int StackLimit = 256;

    /// <summary>Writes the normalized form into <paramref name="destination"/> (at least as long as the name).</summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        if (name.Length > 2 && name[1] == '_' && name[0] is 'm' or 's' or 't')
        {
            name = name[2..];
        }

        var length = 0;
        foreach (var c in name)
        {
            if (c is '_' or '-' or '.' or ' ')
            {
                continue;
            }

            destination[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }

    public static string Normalize(string name)
    {
        var buffer = name.Length <= StackLimit ? stackalloc char[StackLimit] : new char[name.Length];
        return new string(buffer[..Normalize(name, buffer)]);
    }
}
