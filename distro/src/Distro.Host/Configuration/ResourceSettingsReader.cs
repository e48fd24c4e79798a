using System.Collections.Immutable;
using Distro.Host.Resources;

namespace Distro.Host.Configuration;

/// <summary>Reads <see cref="ResourceSettings"/> from OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES.</summary>
internal static class ResourceSettingsReader
{
    public static ResourceSettings Read(SettingsSource source)
    {
        var attributes = ResourceAttributeParser.Parse(
            source.Value(HostVariables.ResourceAttributes),
            message => source.Report(HostVariables.ResourceAttributes, message));

        var serviceName = source.Value(HostVariables.ServiceName) ?? NonBlank(attributes.GetValueOrDefault(SemanticConventions.ServiceName));

        // The current spelling wins when both are written; both attributes are then set from it.
        var environment = NonBlank(attributes.GetValueOrDefault(SemanticConventions.DeploymentEnvironmentName))
            ?? NonBlank(attributes.GetValueOrDefault(SemanticConventions.DeploymentEnvironment));

        attributes.Remove(SemanticConventions.ServiceName);
        attributes.Remove(SemanticConventions.DeploymentEnvironmentName);
        attributes.Remove(SemanticConventions.DeploymentEnvironment);
        return new ResourceSettings(serviceName, environment, attributes.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
