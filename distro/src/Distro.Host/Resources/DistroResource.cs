using Distro.Host.Configuration;
using OpenTelemetry.Resources;

namespace Distro.Host.Resources;

/// <summary>
/// Builds the resource of every signal from settings and detected facts only: the SDK's default detectors would read
/// the environment again, with their own parsing. Detected host and process attributes come first, so the user's
/// OTEL_RESOURCE_ATTRIBUTES override them; the service, the environment and the distro's identity come last, and the
/// SDK's telemetry.sdk.* after them.
/// </summary>
internal static class DistroResource
{
    public const string UnknownServiceName = "unknown_service";

    /// <summary>The service's name: as the user set it, else the entry assembly's name.</summary>
    public static string ServiceNameOf(ResourceSettings settings, ProcessFacts facts) =>
        settings.ServiceName ?? facts.EntryAssemblyName ?? UnknownServiceName;

    public static ResourceBuilder CreateBuilder(ResourceSettings settings, ProcessFacts facts)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [SemanticConventions.HostName] = facts.HostName,
            [SemanticConventions.HostArch] = facts.HostArch,
            [SemanticConventions.ProcessPid] = facts.ProcessId,
            [SemanticConventions.ProcessRuntimeName] = facts.RuntimeName,
            [SemanticConventions.ProcessRuntimeVersion] = facts.RuntimeVersion,
        };
        if (facts.ExecutableName is { Length: > 0 } executable)
        {
            attributes[SemanticConventions.ProcessExecutableName] = executable;
        }

        foreach (var (key, value) in settings.Attributes)
        {
            attributes[key] = value;
        }

        attributes[SemanticConventions.ServiceName] = ServiceNameOf(settings, facts);
        if (settings.Environment is { } environment)
        {
            attributes[SemanticConventions.DeploymentEnvironmentName] = environment;
            attributes[SemanticConventions.DeploymentEnvironment] = environment;
        }

        attributes[SemanticConventions.TelemetryDistroName] = DistroIdentity.Name;
        attributes[SemanticConventions.TelemetryDistroVersion] = DistroIdentity.Version;
        return ResourceBuilder.CreateEmpty().AddAttributes(attributes).AddTelemetrySdk();
    }
}
