using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

public class ConfigApiPollerTests
{
    [Fact]
    public async Task Start_ApiHangs_ReturnsAtOnceAndPollsBothTypesInTheBackground()
    {
        await using var api = ConfigApiStub.Start();
        api.Responder = _ => StubResponse.Hang;
        var consumer = new RecordingConsumer();
        await using var poller = new ConfigApiPoller(TestSettings.For(api.Url), consumer, new ConfigApiClientOptions { RequestTimeout = TimeSpan.FromMinutes(1) });

        poller.Start();

        Assert.Empty(consumer.Updates);
        await Eventually.UntilAsync(() => api.ListRequests("PROBE").Count == 1 && api.ListRequests("BREAKPOINT").Count == 1, "both types are polled");
    }

    [Fact]
    public async Task Start_ApiHoldsItsAnswers_ReturnsBeforeTheApiAnswers()
    {
        await using var api = ConfigApiStub.Start();
        using var startReturned = new ManualResetEventSlim();
        var answeredAfterStartReturned = new ConcurrentQueue<bool>();
        api.Responder = _ =>
        {
            // Holds the answer until Start has returned; a Start that waited for it would see the answer come at the deadline.
            answeredAfterStartReturned.Enqueue(startReturned.Wait(Eventually.Deadline));
            return StubResponse.NotFound;
        };
        await using var poller = new ConfigApiPoller(TestSettings.For(api.Url), new RecordingConsumer(), new ConfigApiClientOptions { RequestTimeout = TimeSpan.FromMinutes(1) });

        poller.Start();
        startReturned.Set();

        await Eventually.UntilAsync(() => answeredAfterStartReturned.Count == 2, "both types' first requests are answered");
        Assert.All(answeredAfterStartReturned, Assert.True);
    }

    [Fact]
    public async Task Poller_OneTypeHangs_TheOtherKeepsPollingAndApplying()
    {
        await using var api = ConfigApiStub.Start();
        api.Responder = request => request.Type == "PROBE"
            ? StubResponse.Hang
            : StubResponse.Json($$"""{"Changed":true,"LatestConfigurations":[{{Responses.Configurations("BREAKPOINT", "b-1")}}]}""");
        var consumer = new RecordingConsumer();
        var delays = new ScriptedDelays();
        await using var poller = new ConfigApiPoller(
            TestSettings.For(api.Url),
            consumer,
            new ConfigApiClientOptions { Delay = delays.Delay, RequestTimeout = TimeSpan.FromMinutes(1) });

        poller.Start();
        for (var poll = 1; poll <= 3; poll++)
        {
            await delays.WaitForAsync(poll);
            delays.ReleaseAll();
        }

        await Eventually.UntilAsync(() => consumer.Of(InstrumentationType.Breakpoint).Count >= 3, "BREAKPOINTs are applied three times");
        Assert.Single(api.ListRequests("PROBE"));
        Assert.Empty(consumer.Of(InstrumentationType.Probe));
    }

    [Fact]
    public async Task DisposeAsync_RequestInFlight_CancelsItAndStops()
    {
        await using var api = ConfigApiStub.Start();
        api.Responder = _ => StubResponse.Hang;
        var poller = new ConfigApiPoller(TestSettings.For(api.Url), new RecordingConsumer(), new ConfigApiClientOptions { RequestTimeout = TimeSpan.FromMinutes(5) });
        poller.Start();
        await Eventually.UntilAsync(() => api.Requests.Count == 2, "both polls are in flight");

        await poller.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task Dispose_RequestInFlight_CancelsItAndStops()
    {
        await using var api = ConfigApiStub.Start();
        api.Responder = _ => StubResponse.Hang;
        var poller = new ConfigApiPoller(TestSettings.For(api.Url), new RecordingConsumer(), new ConfigApiClientOptions { RequestTimeout = TimeSpan.FromMinutes(5) });
        poller.Start();
        await Eventually.UntilAsync(() => api.Requests.Count == 2, "both polls are in flight");

        await Task.Run(poller.Dispose).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task Start_AfterDispose_PollsNothing()
    {
        var transport = new CountingTransport();
        var poller = new ConfigApiPoller(TestSettings.For(new Uri("http://config.invalid")), new RecordingConsumer(), new ConfigApiClientOptions { Transport = transport });
        await poller.DisposeAsync();

        poller.Start();
        await poller.DisposeAsync();

        Assert.Equal(0, transport.Calls);
    }

    [Fact]
    public async Task Poller_TransportThrowsUnexpectedly_ReportsItAndCarriesOn()
    {
        using var events = new DebuggerEventRecorder();
        var apiUrl = new Uri($"http://t{Guid.NewGuid():N}.invalid:2000");
        var transport = new CountingTransport(throwFor: "PROBE");
        var consumer = new RecordingConsumer();
        var delays = new ScriptedDelays();
        await using var poller = new ConfigApiPoller(TestSettings.For(apiUrl), consumer, new ConfigApiClientOptions { Transport = transport, Delay = delays.Delay });

        poller.Start();
        for (var poll = 2; poll <= 4; poll += 2)
        {
            await delays.WaitForAsync(poll);
            delays.ReleaseAll();
        }

        await Eventually.UntilAsync(() => transport.CallsFor("PROBE") >= 2 && consumer.Of(InstrumentationType.Breakpoint).Count >= 2, "both loops poll again");
        var failing = Assert.Single(events.Of(400, apiUrl.Authority), e => Equals(e.Payload![0], "list PROBE"));
        Assert.Equal(nameof(ApiFailureKind.Unexpected), failing.Payload![2]);
        Assert.Empty(consumer.Of(InstrumentationType.Probe));
    }

    [Fact]
    public async Task Poller_InsideAnApplicationTrace_SendsNoTraceContextAndRecordsNoSpan()
    {
        await using var api = ConfigApiStub.Start();
        using var spans = new SpanRecorder(nameof(ConfigApiPollerTests));
        using var source = new ActivitySource(nameof(ConfigApiPollerTests));
        using var client = new HttpClient();
        var consumer = new RecordingConsumer();
        await using var poller = new ConfigApiPoller(TestSettings.For(api.Url), consumer);

        using (source.StartActivity("application request"))
        {
            // The control: the same tracing records an ordinary call of the application's, with its trace context.
            using var control = await client.PostAsync(new Uri(api.Url, "/control"), new StringContent("{}"));
            poller.Start();
        }

        // Both polls answered 404 and were applied: any span of theirs would have ended by now.
        await Eventually.UntilAsync(() => consumer.Updates.Count == 2, "both types are polled and applied");
        Assert.Contains("traceparent", Assert.Single(api.Requests, request => request.Path == "/control").Headers.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.All(api.Requests.Where(request => request.IsList), request => Assert.DoesNotContain("traceparent", request.Headers.Keys, StringComparer.OrdinalIgnoreCase));
        Assert.Single(spans.HttpCallsTo(api.Url));
    }

    /// <summary>A transport without a network: 404 for every request, or an unexpected exception for one type.</summary>
    private sealed class CountingTransport(string? throwFor = null) : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<string, int> _calls = new();

        public int Calls => _calls.Values.Sum();

        public int CallsFor(string type) => _calls.GetValueOrDefault(type);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var type = body.Contains("\"PROBE\"", StringComparison.Ordinal) ? "PROBE" : "BREAKPOINT";
            _calls.AddOrUpdate(type, 1, (_, calls) => calls + 1);
            return type == throwFor
                ? throw new InvalidOperationException("a transport bug")
                : new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }
}
