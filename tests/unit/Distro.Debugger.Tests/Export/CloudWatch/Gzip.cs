using System.IO.Compression;

namespace Distro.Debugger.Tests.Export.CloudWatch;

internal static class Gzip
{
    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
