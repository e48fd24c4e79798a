using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Distro.Host.Tests.Plugins;

/// <summary>Keeps the spans a tracer provider ends, and can be told to fail its shutdown.</summary>
public sealed class SpanCapture : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _spans = new();

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public bool ShutDown { get; private set; }

    public bool FailShutdown { get; set; }

    public override void OnEnd(Activity data) => _spans.Enqueue(data);

    protected override bool OnShutdown(int timeoutMilliseconds)
    {
        ShutDown = true;
        return !FailShutdown;
    }
}

/// <summary>Keeps the names of the metrics a meter provider exports.</summary>
public sealed class MetricCapture : BaseExporter<Metric>
{
    private readonly ConcurrentQueue<string> _names = new();

    public IReadOnlyList<string> Names => [.. _names];

    public override ExportResult Export(in Batch<Metric> batch)
    {
        foreach (var metric in batch)
        {
            _names.Enqueue(metric.Name);
        }

        return ExportResult.Success;
    }
}
