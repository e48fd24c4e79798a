using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace LegacyOpenTelemetry.App;

/// <summary>Keeps the names of the spans the application's own tracer provider ended, so that a test can ask for them.</summary>
internal sealed class EndedSpans : BaseProcessor<Activity>
{
    private const int Capacity = 1_000;

    private readonly ConcurrentQueue<string> _names = new();

    public IReadOnlyList<string> Names => [.. _names];

    public override void OnEnd(Activity data)
    {
        if (_names.Count < Capacity)
        {
            _names.Enqueue(data.DisplayName);
        }
    }
}
