using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Distro.Debugger.Tests.Sources;

/// <summary>
/// Tracing as an application sets it up, over the HTTP client's spans and those of one source of its own, recording
/// every span that ends. Other tests' HTTP calls are recorded too: tell them apart by the server they went to.
/// </summary>
internal sealed class SpanRecorder : IDisposable
{
    private const string HttpClientSource = "System.Net.Http";

    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly TracerProvider _tracing;

    public SpanRecorder(string applicationSource)
    {
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(HttpClientSource, applicationSource)
            .AddProcessor(new RecordingProcessor(_spans))
            .Build();
    }

    /// <summary>The HTTP client spans of calls to <paramref name="server"/> that have ended.</summary>
    public IReadOnlyList<Activity> HttpCallsTo(Uri server) =>
        [.. _spans.Where(span => span.Source.Name == HttpClientSource && IsTo(span, server))];

    public void Dispose() => _tracing.Dispose();

    private static bool IsTo(Activity span, Uri server) =>
        Equals(span.GetTagItem("server.port"), server.Port) ||
        (span.GetTagItem("url.full") is string url && url.Contains(server.Authority, StringComparison.Ordinal));

    private sealed class RecordingProcessor(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }
}
