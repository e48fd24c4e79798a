namespace Distro.Debugger.Sources;

/// <summary>What a file looks like without reading it: a cheap test of whether it may have changed.</summary>
internal readonly record struct FileFingerprint(bool Exists, long Length, DateTime LastWriteUtc)
{
    public static FileFingerprint Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileFingerprint(true, file.Length, file.LastWriteTimeUtc) : default;
    }
}
