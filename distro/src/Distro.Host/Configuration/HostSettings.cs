using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>Everything the host takes from the environment; the plugins are assembly-qualified type names, in the order they run.</summary>
internal sealed record HostSettings(
    ResourceSettings Resource,
    TracesSettings Traces,
    MetricsSettings Metrics,
    ImmutableArray<string> Plugins);
