namespace Distro.Profiler.Interop;

/// <summary>Strings the metadata and profiling APIs write: UTF-16, with the count including the terminator.</summary>
internal static class NativeString
{
    public static string FromBuffer(char[] buffer, uint writtenIncludingTerminator)
    {
        var length = (int)Math.Min(writtenIncludingTerminator, (uint)buffer.Length);
        while (length > 0 && buffer[length - 1] == '\0')
        {
            length--;
        }

        return new string(buffer, 0, length);
    }
}
