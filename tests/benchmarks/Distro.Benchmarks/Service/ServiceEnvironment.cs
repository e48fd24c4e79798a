using System.Net;
using System.Net.Sockets;

namespace Distro.Benchmarks.Service;

/// <summary>
/// The environment of each variant. Every variant starts from the same environment with the distro's own variables
/// removed; the distro variants send traces and metrics nowhere (<c>none</c>), snapshots to the console (counted, and
/// cheap at the probe's rate limit), and poll a config API address where nothing listens.
/// </summary>
internal static class ServiceEnvironment
{
    private static readonly string[] s_inheritedPrefixes = ["CORECLR_", "DOTNET_STARTUP_HOOKS", "OTEL_", "ASPNETCORE_URLS"];

    public static void Apply(IDictionary<string, string?> environment, ServiceVariant variant, string probeFile)
    {
        foreach (var name in environment.Keys.Where(name => s_inheritedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList())
        {
            environment.Remove(name);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (variant == ServiceVariant.Plain)
        {
            return;
        }

        environment["OTEL_SERVICE_NAME"] = "minimal-api-benchmark";
        environment["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment.name=benchmark";
        environment["OTEL_TRACES_EXPORTER"] = "none";
        environment["OTEL_METRICS_EXPORTER"] = "none";
        environment["OTEL_LOGS_EXPORTER"] = "none";
        environment["OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED"] = "true";
        environment["OTEL_AWS_DYNAMIC_INSTRUMENTATION_SNAPSHOT_EXPORTER"] = "console";
        environment["OTEL_AWS_DYNAMIC_INSTRUMENTATION_API_URL"] = $"http://127.0.0.1:{UnusedPort()}";
        if (variant == ServiceVariant.DistroWithProbe)
        {
            environment["OTEL_AWS_DYNAMIC_INSTRUMENTATION_PROBE_FILE"] = probeFile;
        }
    }

    /// <summary>A loopback port nothing listens on (the operating system's choice, released at once).</summary>
    public static int UnusedPort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
