using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>What the user said about the resource.</summary>
/// <param name="ServiceName">From OTEL_SERVICE_NAME, else from service.name in OTEL_RESOURCE_ATTRIBUTES; null when neither says.</param>
/// <param name="Environment">The deployment environment, from either spelling in OTEL_RESOURCE_ATTRIBUTES; null when neither says.</param>
/// <param name="Attributes">The other pairs of OTEL_RESOURCE_ATTRIBUTES, decoded.</param>
internal sealed record ResourceSettings(string? ServiceName, string? Environment, ImmutableDictionary<string, string> Attributes);
