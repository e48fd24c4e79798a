using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

/// <summary>One poll loop against a <see cref="ConfigApiStub"/>, with scripted delays between polls and real request timeouts.</summary>
internal sealed class PollLoopHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConfigApiHttpClient _http;
    private readonly Task _running;

    public PollLoopHarness(
        InstrumentationType type,
        Func<StubRequest, StubResponse> responder,
        TimeSpan? pollInterval = null,
        TimeSpan? requestTimeout = null,
        RecordingConsumer? consumer = null)
    {
        Api.Responder = responder;
        Consumer = consumer ?? new RecordingConsumer();
        PollInterval = pollInterval ?? TimeSpan.FromSeconds(60);
        var options = new ConfigApiClientOptions { Delay = Delays.Delay, RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(10) };
        _http = new ConfigApiHttpClient(options);
        var settings = TestSettings.For(Api.Url);
        var fetcher = new ConfigurationFetcher(_http, settings, new ConfigurationParser());
        var loop = new PollLoop(type, PollInterval, fetcher, new UpdatePublisher(Consumer), options, Api.Url);
        _running = Task.Run(() => loop.RunAsync(_stopping.Token));
    }

    public ConfigApiStub Api { get; } = ConfigApiStub.Start();

    public ScriptedDelays Delays { get; } = new();

    public RecordingConsumer Consumer { get; }

    public TimeSpan PollInterval { get; }

    /// <summary>Lets the loop poll again and waits until it has finished that poll; returns the delay it then asks for.</summary>
    public async Task<TimeSpan> NextPollAsync()
    {
        var count = Delays.Requested.Count;
        Delays.ReleaseAll();
        return await Delays.WaitForAsync(count + 1);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _running;
        _http.Dispose();
        await Api.DisposeAsync();
        _stopping.Dispose();
    }
}
