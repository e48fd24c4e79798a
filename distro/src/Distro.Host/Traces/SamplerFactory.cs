using Distro.Host.Configuration;
using OpenTelemetry.Trace;

namespace Distro.Host.Traces;

/// <summary>The SDK sampler for <see cref="SamplerSettings"/>.</summary>
internal static class SamplerFactory
{
    public static Sampler Create(SamplerSettings settings) => settings.Kind switch
    {
        SamplerKind.AlwaysOn => new AlwaysOnSampler(),
        SamplerKind.AlwaysOff => new AlwaysOffSampler(),
        SamplerKind.TraceIdRatio => new TraceIdRatioBasedSampler(settings.Ratio),
        SamplerKind.ParentBasedAlwaysOff => new ParentBasedSampler(new AlwaysOffSampler()),
        SamplerKind.ParentBasedTraceIdRatio => new ParentBasedSampler(new TraceIdRatioBasedSampler(settings.Ratio)),
        _ => new ParentBasedSampler(new AlwaysOnSampler()),
    };
}
