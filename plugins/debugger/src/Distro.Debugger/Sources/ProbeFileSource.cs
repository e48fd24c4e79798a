using System.Security.Cryptography;
using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Sources;

/// <summary>
/// Reads configurations from a local JSON file shaped like a config API response (<c>{"LatestConfigurations":[...]}</c>,
/// both instrumentation types mixed), at start and whenever it changes, and hands the consumer one full set per type.
/// The file is the source of truth: a deleted file is an empty set. A file that cannot be used (half-written,
/// malformed, too large) leaves the current sets in place until it changes again. Never throws into the application.
/// </summary>
internal sealed class ProbeFileSource : IAsyncDisposable, IDisposable
{
    public const string SourceName = "probe-file";

    /// <summary>A file rewritten without pause is still read after this many quiet periods have been cut short.</summary>
    private const int MaxSettleRounds = 25;

    /// <summary>The applied state when the file does not exist; a content hash is never empty.</summary>
    private const string NoFile = "";

    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(5);

    private readonly string _path;
    private readonly UpdatePublisher _publisher;
    private readonly ProbeFileSourceOptions _options;
    private readonly ConfigurationParser _parser = new();
    private readonly WakeSignal _changed = new();
    private readonly BackgroundLoops _loops;

    // Touched by the loop only.
    private ProbeFileWatcher? _watcher;
    private string? _unwatchedReason;
    private FileFingerprint? _checked;
    private string? _applied;
    private string? _lastRefusal;

    public ProbeFileSource(string path, IConfigurationConsumer consumer, ProbeFileSourceOptions? options = null)
    {
        _path = FullPath(path);
        _publisher = new UpdatePublisher(consumer);
        _options = options ?? new ProbeFileSourceOptions();
        _loops = new BackgroundLoops(SourceName, RunAsync);
    }

    /// <summary>Starts watching on the thread pool; the file is first read after this has returned.</summary>
    public void Start() => _loops.Start();

    public async ValueTask DisposeAsync()
    {
        await _loops.StopAsync(s_stopTimeout).ConfigureAwait(false);
        Release();
    }

    public void Dispose()
    {
        _loops.Stop(s_stopTimeout);
        Release();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        WatchAndCheck(force: true);
        while (true)
        {
            var notified = await _changed.WaitAsync(_options.CheckInterval, stopping).ConfigureAwait(false);
            if (notified)
            {
                await SettleAsync(stopping).ConfigureAwait(false);
            }

            WatchAndCheck(force: notified);
        }
    }

    /// <summary>One round of the loop; whatever goes wrong in it, the next round comes.</summary>
    private void WatchAndCheck(bool force)
    {
        try
        {
            Watch();
            Check(force);
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.BackgroundWorkFailed(SourceName, e.ToString());
        }
    }

    /// <summary>Waits until the file has been quiet for the debounce delay.</summary>
    private async Task SettleAsync(CancellationToken stopping)
    {
        for (var round = 0; round < MaxSettleRounds; round++)
        {
            await Task.Delay(_options.DebounceDelay, stopping).ConfigureAwait(false);
            if (!_changed.TryConsume())
            {
                return;
            }
        }
    }

    /// <summary>(Re)starts the watcher when there is none or it failed; the periodic check covers the time without.</summary>
    private void Watch()
    {
        if (_watcher is { Failed: false })
        {
            return;
        }

        _watcher?.Dispose();
        _watcher = ProbeFileWatcher.TryStart(_path, _changed.Set, out var reason);
        if (reason is not null && reason != _unwatchedReason)
        {
            DebuggerEventSource.Log.ProbeFileNotWatched(_path, reason, (long)_options.CheckInterval.TotalMilliseconds);
        }

        _unwatchedReason = reason;
    }

    /// <summary>Reads the file when notified, or when its size or last write time changed, and applies new content.</summary>
    private void Check(bool force)
    {
        var fingerprint = FileFingerprint.Of(_path);
        if (!force && fingerprint == _checked)
        {
            return;
        }

        var content = ProbeFileContent.Read(_path, _parser.MaxResponseBytes);
        if (!content.Exists)
        {
            _checked = default(FileFingerprint);
            ApplyNoFile();
            return;
        }

        if (content.Bytes is not { } bytes)
        {
            // Unreadable for now: let the periodic check try again.
            _checked = null;
            Refuse(content.Refusal!);
            return;
        }

        _checked = fingerprint;
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (hash == _applied)
        {
            DebuggerEventSource.Log.ProbeFileUnchanged(_path);
            return;
        }

        var parsed = _parser.Parse(bytes);
        if (!parsed.Succeeded || !parsed.Changed)
        {
            Refuse(parsed.FailureReason ?? "it has no LatestConfigurations list");
            return;
        }

        _lastRefusal = null;
        if (ApplyAll(type => Split(parsed, type)))
        {
            _applied = hash;
        }
    }

    private void ApplyNoFile()
    {
        if (_applied == NoFile)
        {
            return;
        }

        DebuggerEventSource.Log.ProbeFileAbsent(_path);
        _lastRefusal = null;
        if (ApplyAll(type => ConfigurationUpdate.Empty(SourceName, type)))
        {
            _applied = NoFile;
        }
    }

    private bool ApplyAll(Func<InstrumentationType, ConfigurationUpdate> updateOf)
    {
        var probes = _publisher.TryApply(updateOf(InstrumentationType.Probe));
        var breakpoints = _publisher.TryApply(updateOf(InstrumentationType.Breakpoint));
        return probes && breakpoints;
    }

    private static ConfigurationUpdate Split(ConfigurationParseResult parsed, InstrumentationType type) => new(
        SourceName,
        type,
        [.. parsed.Configurations.Where(configuration => configuration.Type == type)],
        // One without a known type cannot be reported; the parser has logged it.
        [.. parsed.Invalid.Where(invalid => invalid.Type == type)]);

    /// <summary>Reports a problem once, however often the same file is checked.</summary>
    private void Refuse(string reason)
    {
        if (reason != _lastRefusal)
        {
            DebuggerEventSource.Log.ProbeFileRefused(_path, reason);
            _lastRefusal = reason;
        }
    }

    private void Release()
    {
        _watcher?.Dispose();
        _changed.Dispose();
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            // Kept as given: reading it will fail and be reported like any unreadable file.
            return path;
        }
    }
}
