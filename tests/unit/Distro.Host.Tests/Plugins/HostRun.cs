using System.Runtime.Loader;
using Distro.Host.Plugins;
using Distro.Host.Resources;

namespace Distro.Host.Tests.Plugins;

/// <summary>
/// Starts the host's telemetry in this process with the given variables (exporters default to none here, so that no
/// test talks to a collector it did not ask for), and shuts it down when disposed.
/// </summary>
internal sealed class HostRun : IDisposable
{
    public static readonly ProcessFacts Facts = new("test-host", "amd64", 7, ".NET", "10.0.0", "dotnet", "Distro.Host.Tests");

    private HostRun(DistroTelemetry telemetry) => Telemetry = telemetry;

    public DistroTelemetry Telemetry { get; }

    public static string PluginName<T>() => $"{typeof(T).FullName}, {typeof(T).Assembly.GetName().Name}";

    public static HostRun Start(params (string Name, string Value)[] variables)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["OTEL_TRACES_EXPORTER"] = "none",
            ["OTEL_METRICS_EXPORTER"] = "none",
        };
        foreach (var (name, value) in variables)
        {
            values[name] = value;
        }

        var loader = new PluginAssemblyLoader(AssemblyLoadContext.Default, [AppContext.BaseDirectory]);
        return new HostRun(DistroTelemetry.Start(name => values.GetValueOrDefault(name), Facts, loader, aspNetCore: false));
    }

    public void Dispose() => Telemetry.Shutdown.Run();
}
