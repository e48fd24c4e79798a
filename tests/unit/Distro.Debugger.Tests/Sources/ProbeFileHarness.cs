using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

/// <summary>A probe file source over a file in a directory of its own, with a short debounce so that tests run fast.</summary>
internal sealed class ProbeFileHarness : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"probe-file-{Guid.NewGuid():N}");
    private ProbeFileSource? _source;

    /// <remarks><para><c>directoryExists</c>: False to start without the file's directory, created by the first write.</para></remarks>
    public ProbeFileHarness(bool directoryExists = true)
    {
        FilePath = Path.Combine(_root, "probes", "probes.json");
        Directory.CreateDirectory(directoryExists ? Path.GetDirectoryName(FilePath)! : _root);
    }

    public string FilePath { get; }

    public RecordingConsumer Consumer { get; } = new();

    public DebuggerEventRecorder Events { get; } = new();

    public static string File(params (string Type, string Hash)[] configurations) =>
        $$"""{"LatestConfigurations":[{{string.Join(",", configurations.Select(c => Responses.Configurations(c.Type, c.Hash)))}}]}""";

    /// <remarks><para><c>checkInterval</c>: Long by default, so that a test sees the watcher at work, not the periodic check.</para></remarks>
    public void Start(TimeSpan? checkInterval = null)
    {
        _source = new ProbeFileSource(FilePath, Consumer, new ProbeFileSourceOptions
        {
            DebounceDelay = TimeSpan.FromMilliseconds(50),
            CheckInterval = checkInterval ?? TimeSpan.FromHours(1),
        });
        _source.Start();
    }

    public void Write(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        System.IO.File.WriteAllText(FilePath, content);
    }

    /// <summary>Writes beside the file and renames over it, as editors and deploy tools do.</summary>
    public void Replace(string content)
    {
        var temporary = FilePath + ".tmp";
        System.IO.File.WriteAllText(temporary, content);
        System.IO.File.Move(temporary, FilePath, overwrite: true);
    }

    public void Delete() => System.IO.File.Delete(FilePath);

    /// <summary>The hashes of the latest update of each type, once there are <paramref name="updates"/> updates in all.</summary>
    public async Task<(string[] Probes, string[] Breakpoints)> LatestAfterAsync(int updates)
    {
        await Eventually.UntilAsync(() => Consumer.Updates.Count >= updates, $"{updates} updates are applied");
        Assert.Equal(updates, Consumer.Updates.Count);
        return (Hashes(InstrumentationType.Probe), Hashes(InstrumentationType.Breakpoint));
    }

    public async ValueTask DisposeAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
        }

        Events.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private string[] Hashes(InstrumentationType type) => [.. Consumer.Of(type)[^1].Configurations.Select(c => c.LocationHash)];
}
