namespace Distro.Host.Configuration;

/// <summary>The samplers OTEL_TRACES_SAMPLER may name.</summary>
internal enum SamplerKind
{
    ParentBasedAlwaysOn,
    ParentBasedAlwaysOff,
    ParentBasedTraceIdRatio,
    AlwaysOn,
    AlwaysOff,
    TraceIdRatio,
}
