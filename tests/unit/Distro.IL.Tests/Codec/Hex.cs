namespace Distro.IL.Tests.Codec;

/// <summary>Byte expectations written as spaced hex, e.g. "0B 30 | 01 00"; '|' only groups for the reader.</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) =>
        Convert.FromHexString(new string([.. hex.Where(Uri.IsHexDigit)]));

    public static string Of(ReadOnlyMemory<byte> bytes) => Of(bytes.Span);

    public static string Of(ReadOnlySpan<byte> bytes) =>
        string.Join(" ", bytes.ToArray().Select(value => value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The canonical spacing of <paramref name="hex"/>, so expectations and results compare as strings with readable diffs.</summary>
    public static string Normalize(string hex) => Of(Bytes(hex));

    public static string Repeat(string hex, int count) => string.Join(" ", Enumerable.Repeat(hex, count));
}
