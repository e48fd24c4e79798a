using System.Text;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>SigV4's URI encoding: unreserved characters as they are, every other UTF-8 byte as uppercase <c>%XX</c>.</summary>
internal static class SigV4Encoding
{
    private const string HexDigits = "0123456789ABCDEF";

    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
