namespace Distro.Debugger.Sources;

/// <summary>
/// Watches the probe file's directory, not the file: the file may not exist yet, and editors and deploy tools
/// replace it by renaming another file over it. Calls back on any event naming the file.
/// </summary>
internal sealed class ProbeFileWatcher : IDisposable
{
    private static readonly StringComparison s_fileNames = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly FileSystemWatcher _watcher;
    private readonly string _fileName;
    private readonly Action _changed;
    private volatile bool _failed;

    private ProbeFileWatcher(FileSystemWatcher watcher, string fileName, Action changed)
    {
        _watcher = watcher;
        _fileName = fileName;
        _changed = changed;
        watcher.Created += OnChanged;
        watcher.Changed += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnRenamed;
        watcher.Error += OnError;
    }

    /// <summary>True once the watcher reported an error: events may have been lost, and it is to be replaced.</summary>
    public bool Failed => _failed;

    /// <summary>Starts watching; null, with the reason, when the directory does not exist or cannot be watched.</summary>
    public static ProbeFileWatcher? TryStart(string path, Action changed, out string? reason)
    {
        var directory = Path.GetDirectoryName(path);
        var fileName = Path.GetFileName(path);
        if (string.IsNullOrEmpty(directory) || string.IsNullOrEmpty(fileName) || !Directory.Exists(directory))
        {
            reason = "its directory does not exist";
            return null;
        }

        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(directory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            var probeFileWatcher = new ProbeFileWatcher(watcher, fileName, changed);
            watcher.EnableRaisingEvents = true;
            reason = null;
            return probeFileWatcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // The directory went away meanwhile, or the system's limit on inotify instances is reached.
            watcher?.Dispose();
            reason = e.Message;
            return null;
        }
    }

    public void Dispose() => _watcher.Dispose();

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (Names(e.Name))
        {
            Notify();
        }
    }

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        if (Names(e.Name) || Names(e.OldName))
        {
            Notify();
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        _failed = true;
        Notify();
    }

    private bool Names(string? name) => string.Equals(name, _fileName, s_fileNames);

    /// <summary>Runs on the watcher's thread, where an exception would end the process.</summary>
    private void Notify()
    {
        try
        {
            _changed();
        }
        catch (ObjectDisposedException)
        {
            // The source stopped while this event was on its way.
        }
    }
}
