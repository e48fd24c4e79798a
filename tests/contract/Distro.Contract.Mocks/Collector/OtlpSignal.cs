namespace Distro.Contract.Mocks.Collector;

/// <summary>The kind of telemetry an OTLP export request carries.</summary>
public enum OtlpSignal
{
    Logs,
    Traces,
    Metrics,
}
