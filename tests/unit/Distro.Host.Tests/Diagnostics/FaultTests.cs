using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Net;
using System.Net.Sockets;
using Distro.Host.Tests.Plugins;
using OpenTelemetry.Trace;

namespace Distro.Host.Tests.Diagnostics;

[Collection(PluginCalls.Collection)]
public sealed class FaultTests : IDisposable
{
    private readonly HostEvents _events = new();

    public void Dispose() => _events.Dispose();

    [Fact]
    public void Start_UnreachableCollector_ReportsTheFailedExportAndTheApplicationGoesOn()
    {
        var sourceName = "Tests.Source." + Guid.NewGuid().ToString("N");
        var endpoint = $"http://127.0.0.1:{ClosedPort()}";
        using var run = HostRun.Start(
            ("OTEL_TRACES_EXPORTER", "otlp"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint),
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "2000"),
            ("OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES", sourceName));
        using var source = new ActivitySource(sourceName);

        source.StartActivity("lost")?.Dispose();
        run.Telemetry.TracerProvider!.ForceFlush(5_000);

        Eventually.True(
            () => _events.Any(EventLevel.Warning, "OpenTelemetry SDK (OpenTelemetry-Exporter-OpenTelemetryProtocol"),
            () => "the exporter's failure reached the host's diagnostics; host events: " + string.Join(" | ", _events.Events));
        Assert.Contains(_events.Texts(EventLevel.Warning), text => text.Contains(endpoint, StringComparison.Ordinal));
    }

    [Fact]
    public void Start_BadSettings_ReportsEachThroughTheHostDiagnostics()
    {
        using var run = HostRun.Start(
            ("OTEL_TRACES_EXPORTER", "jaeger"),
            ("OTEL_RESOURCE_ATTRIBUTES", "team=blue,oops"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "localhost:4318"));

        Assert.True(_events.Any(EventLevel.Warning, "Setting OTEL_TRACES_EXPORTER: unknown exporter \"jaeger\""), Describe());
        Assert.True(_events.Any(EventLevel.Warning, "Setting OTEL_RESOURCE_ATTRIBUTES: \"oops\" is not a key=value pair; skipped"), Describe());
        Assert.True(_events.Any(EventLevel.Warning, "Setting OTEL_EXPORTER_OTLP_ENDPOINT: \"localhost:4318\" is not an absolute http or https URL; ignored"), Describe());
        Assert.NotNull(run.Telemetry.TracerProvider);
        Assert.NotNull(run.Telemetry.MeterProvider);
    }

    private string Describe() => "host events: " + string.Join(" | ", _events.Events);

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
