using Distro.Debugger.Configuration;

namespace Distro.Debugger.Sources;

/// <summary>
/// Polls the config API (<c>POST {API_URL}/list-instrumentation-configurations</c>) with one independent loop per
/// instrumentation type, PROBE every <see cref="DebuggerSettings.ProbePollInterval"/> and BREAKPOINT every
/// <see cref="DebuggerSettings.BreakpointPollInterval"/>, and hands each full set to the consumer. Runs in the
/// background from <see cref="Start"/>, never throws into the application, and stops on dispose, cancelling the
/// requests in flight.
/// </summary>
internal sealed class ConfigApiPoller : IAsyncDisposable, IDisposable
{
    public const string SourceName = "config-api";

    /// <summary>How long dispose waits for a consumer call in progress to return.</summary>
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(5);

    private readonly ConfigApiHttpClient _http;
    private readonly BackgroundLoops _loops;

    public ConfigApiPoller(DebuggerSettings settings, IConfigurationConsumer consumer, ConfigApiClientOptions? options = null)
    {
        options ??= new ConfigApiClientOptions();
        _http = new ConfigApiHttpClient(options);
        var fetcher = new ConfigurationFetcher(_http, settings, new ConfigurationParser());
        var publisher = new UpdatePublisher(consumer);
        var probes = new PollLoop(InstrumentationType.Probe, settings.ProbePollInterval, fetcher, publisher, options, settings.ApiUrl);
        var breakpoints = new PollLoop(InstrumentationType.Breakpoint, settings.BreakpointPollInterval, fetcher, publisher, options, settings.ApiUrl);
        _loops = new BackgroundLoops(SourceName, probes.RunAsync, breakpoints.RunAsync);
    }

    /// <summary>Starts both loops on the thread pool; their first polls begin at once, after this has returned.</summary>
    public void Start() => _loops.Start();

    public async ValueTask DisposeAsync()
    {
        await _loops.StopAsync(s_stopTimeout).ConfigureAwait(false);
        _http.Dispose();
    }

    public void Dispose()
    {
        _loops.Stop(s_stopTimeout);
        _http.Dispose();
    }
}
