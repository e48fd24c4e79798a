using System.IO.Compression;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>Compresses a request body for <c>Content-Encoding: gzip</c>.</summary>
internal static class GzipBody
{
    public const string Encoding = "gzip";

    public static byte[] Compress(ReadOnlySpan<byte> body)
    {
        using var compressed = new MemoryStream(body.Length / 4 + 64);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return compressed.ToArray();
    }
}
