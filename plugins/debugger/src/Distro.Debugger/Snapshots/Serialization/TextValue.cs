using System.Text.Json;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>Writes a text <c>value</c> cut to the string limit, with <c>truncated</c> and the full <c>size</c> when cut.</summary>
internal static class TextValue
{
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<char> text, int maxLength) =>
        Write(writer, text, maxLength, text.Length);

    /// <summary>As above, where <paramref name="text"/> may be a prefix of a text of <paramref name="fullLength"/> characters.</summary>
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<char> text, int maxLength, long fullLength)
    {
        var cut = CutLength(text, maxLength);
        writer.WriteString(CapturedValueProperties.Value, text[..cut]);
        if (cut < fullLength)
        {
            writer.WriteBoolean(CapturedValueProperties.Truncated, true);
            writer.WriteNumber(CapturedValueProperties.Size, fullLength);
        }
    }

    /// <summary>How many characters of <paramref name="text"/> a snapshot keeps under a limit of <paramref name="maxLength"/>.</summary>
    public static int CutLength(ReadOnlySpan<char> text, int maxLength)
    {
        var cut = Math.Clamp(maxLength, 0, text.Length);

        // Never split a surrogate pair: half of one would be written as U+FFFD.
        if (cut < text.Length && cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return cut;
    }
}
