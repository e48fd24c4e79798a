using Distro.Debugger.Export.Settings;
using OpenTelemetry.Resources;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// Builds the snapshots' resource from settings only: the SDK's default detectors would read the process environment
/// on their own. Later attributes win, so the service, environment and SDK attributes override user-written ones.
/// </summary>
internal static class SnapshotResourceBuilder
{
    public const string ServiceName = "service.name";
    public const string EnvironmentName = "deployment.environment.name";

    /// <summary>The older spelling, still read by CloudWatch Application Signals; both are always set.</summary>
    public const string LegacyEnvironment = "deployment.environment";

    public const string DistroName = "telemetry.distro.name";
    public const string DistroVersion = "telemetry.distro.version";

    public static ResourceBuilder Create(SnapshotResource resource) =>
        ResourceBuilder.CreateEmpty()
            .AddAttributes(resource.Attributes.Select(static a => new KeyValuePair<string, object>(a.Key, a.Value)))
            .AddAttributes(
            [
                new(ServiceName, resource.ServiceName),
                new(EnvironmentName, resource.Environment),
                new(LegacyEnvironment, resource.Environment),
                new(DistroName, DistroIdentity.Name),
                new(DistroVersion, DistroIdentity.Version),
            ])
            .AddTelemetrySdk();
}
