namespace Distro.Host.Configuration;

/// <summary>The sampler and, for the ratio samplers, the ratio of traces kept (0 to 1).</summary>
internal sealed record SamplerSettings(SamplerKind Kind, double Ratio)
{
    public static readonly SamplerSettings Default = new(SamplerKind.ParentBasedAlwaysOn, 1.0);
}
