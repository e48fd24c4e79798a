using System.Globalization;

namespace Distro.Debugger.Sources;

/// <summary>The probe file's bytes as read at one moment, or why there are none.</summary>
/// <remarks>
/// <para><c>Bytes</c>: Null when the file does not exist or could not be used.</para>
/// <para><c>Refusal</c>: Why the file could not be used; null when it was read or does not exist.</para>
/// </remarks>
internal sealed record ProbeFileContent(byte[]? Bytes, string? Refusal)
{
    public bool Exists => Bytes is not null || Refusal is not null;

    /// <summary>Reads at most <paramref name="maxBytes"/>, sharing the file with whoever writes, renames or deletes it.</summary>
    public static ProbeFileContent Read(string path, long maxBytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > maxBytes)
            {
                return new ProbeFileContent(null, TooLarge(stream.Length, maxBytes));
            }

            // The file may grow while it is read: read what is there, up to the limit.
            using var buffer = new MemoryStream((int)stream.Length);
            var chunk = new byte[Math.Min(81_920, maxBytes + 1)];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return new ProbeFileContent(null, TooLarge(buffer.Length, maxBytes));
                }
            }

            return new ProbeFileContent(buffer.ToArray(), null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ProbeFileContent(null, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ProbeFileContent(null, $"cannot be read: {e.Message}");
        }
    }

    private static string TooLarge(long length, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{length} bytes or more, beyond the limit of {maxBytes}");
}
