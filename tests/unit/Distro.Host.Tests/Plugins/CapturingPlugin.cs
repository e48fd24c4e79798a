using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Distro.Host.Tests.Plugins;

/// <summary>Adds a span capture and a metric capture to the providers; the last instance created is the one a test reads.</summary>
public sealed class CapturingPlugin
{
    public CapturingPlugin() => Last = this;

    public static CapturingPlugin? Last { get; private set; }

    public SpanCapture Spans { get; } = new();

    public MetricCapture Metrics { get; } = new();

    public TracerProviderBuilder AfterConfigureTracerProvider(TracerProviderBuilder builder) => builder.AddProcessor(Spans);

    public MeterProviderBuilder AfterConfigureMeterProvider(MeterProviderBuilder builder) => builder.AddReader(new BaseExportingMetricReader(Metrics));
}
