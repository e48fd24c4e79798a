using Distro.Debugger.Sources;
using Distro.Debugger.Status;
using Distro.Debugger.Tests.Sources;

namespace Distro.Debugger.Tests.Status;

/// <summary>A status reporter against a <see cref="ConfigApiStub"/>, with scripted delays (coalescing and backoff).</summary>
internal sealed class StatusReporterHarness : IAsyncDisposable
{
    public StatusReporterHarness(
        Func<StubRequest, StubResponse> responder,
        int capacity = 10_000,
        TimeSpan? flushTimeout = null,
        Uri? apiUrl = null)
    {
        Api.Responder = responder;
        Reporter = new StatusReporter(TestSettings.For(apiUrl ?? Api.Url), new StatusReporterOptions
        {
            Capacity = capacity,
            FlushTimeout = flushTimeout ?? TimeSpan.FromSeconds(5),
            Client = new ConfigApiClientOptions { Delay = Delays.Delay, RequestTimeout = TimeSpan.FromSeconds(30) },
        });
    }

    public ConfigApiStub Api { get; } = ConfigApiStub.Start();

    public ScriptedDelays Delays { get; } = new();

    public StatusReporter Reporter { get; }

    public async ValueTask DisposeAsync()
    {
        await Reporter.DisposeAsync();
        await Api.DisposeAsync();
    }
}
