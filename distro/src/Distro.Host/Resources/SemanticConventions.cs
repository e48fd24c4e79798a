namespace Distro.Host.Resources;

/// <summary>The OpenTelemetry semantic-convention names the host writes or reads.</summary>
internal static class SemanticConventions
{
    public const string ServiceName = "service.name";

    public const string DeploymentEnvironmentName = "deployment.environment.name";

    /// <summary>The older spelling, still read by CloudWatch Application Signals; the distro sets both.</summary>
    public const string DeploymentEnvironment = "deployment.environment";

    public const string HostName = "host.name";
    public const string HostArch = "host.arch";

    public const string ProcessPid = "process.pid";
    public const string ProcessRuntimeName = "process.runtime.name";
    public const string ProcessRuntimeVersion = "process.runtime.version";
    public const string ProcessExecutableName = "process.executable.name";

    public const string TelemetryDistroName = "telemetry.distro.name";
    public const string TelemetryDistroVersion = "telemetry.distro.version";
}
