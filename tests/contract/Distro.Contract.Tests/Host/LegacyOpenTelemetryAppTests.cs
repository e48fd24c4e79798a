using System.Diagnostics;
using Distro.Contract.Mocks.Collector;

namespace Distro.Contract.Tests.Host;

/// <summary>
/// An ASP.NET Core application that uses its own, older OpenTelemetry SDK, launched through instrument.sh: it starts,
/// answers, keeps its own SDK, and the distro's SDK (in the distro's load context) still sends its telemetry.
/// </summary>
public sealed class LegacyOpenTelemetryAppTests : IDisposable
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(30);

    private readonly string _logDirectory = Path.Combine(Path.GetTempPath(), "legacy-otel-app-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_logDirectory))
        {
            Directory.Delete(_logDirectory, recursive: true);
        }
    }

    [Theory]
    [InlineData("http/protobuf", OtlpTransport.Http)]
    [InlineData("grpc", OtlpTransport.Grpc)]
    public async Task LegacyApp_LaunchedThroughInstrumentSh_AnswersAndTheDistroSendsItsServerSpanWithTheResource(string protocol, OtlpTransport transport)
    {
        await using var collector = await MockCollector.StartAsync();
        await using var app = await StartAppAsync(protocol, transport == OtlpTransport.Grpc ? collector.GrpcEndpoint : collector.HttpEndpoint);

        Assert.Equal("done", await app.Client.GetStringAsync(new Uri("/work", UriKind.Relative)));

        var server = (await collector.WaitForSpansAsync(IsWorkRequest, 1, s_deadline)).Single();
        Assert.Equal(transport, server.Transport);
        Assert.Equal("legacy-otel-app", server.ResourceAttributes["service.name"]);
        Assert.Equal("contract", server.ResourceAttributes["deployment.environment.name"]);
        Assert.Equal("contract", server.ResourceAttributes["deployment.environment"]);
        Assert.Equal("opentelemetry-dotnet-distro", server.ResourceAttributes["telemetry.distro.name"]);
        Assert.Equal("GET", server.Attributes["http.request.method"]);
        Assert.Equal(200L, server.Attributes["http.response.status_code"]);
    }

    [Fact]
    public async Task LegacyApp_WithItsOwnOlderSdk_KeepsItWorkingWhileTheDistrosSdkSeesTheSameSource()
    {
        await using var collector = await MockCollector.StartAsync();
        await using var app = await StartAppAsync("http/protobuf", collector.HttpEndpoint);

        await app.Client.GetStringAsync(new Uri("/work", UriKind.Relative));

        Assert.StartsWith("1.9.0", await app.Client.GetStringAsync(new Uri("/own/sdk-version", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("legacy-work", await app.Client.GetStringAsync(new Uri("/own/spans", UriKind.Relative)), StringComparison.Ordinal);
        var server = (await collector.WaitForSpansAsync(IsWorkRequest, 1, s_deadline)).Single();
        var own = (await collector.WaitForSpansAsync(span => span.Name == "legacy-work" && span.TraceId == server.TraceId, 1, s_deadline)).Single();
        Assert.Equal(server.SpanId, own.ParentSpanId);
        Assert.Equal("LegacyOpenTelemetry.App", own.ScopeName);
    }

    [Fact]
    public async Task LegacyApp_LaunchedThroughInstrumentSh_SendsRuntimeMetricsAndLogsItsStartToTheLogFile()
    {
        await using var collector = await MockCollector.StartAsync();
        await using var app = await StartAppAsync("http/protobuf", collector.HttpEndpoint);

        var metric = (await collector.WaitForMetricsAsync(m => m.Name.StartsWith("dotnet.", StringComparison.Ordinal), 1, s_deadline))[0];

        Assert.Equal("legacy-otel-app", metric.ResourceAttributes["service.name"]);
        var log = Directory.GetFiles(_logDirectory, "otel-dotnet-distro-host-*.log").Single();
        Assert.Contains("OpenTelemetry started: traces to [Otlp]", await File.ReadAllTextAsync(log), StringComparison.Ordinal);
    }

    private Task<InstrumentedApp> StartAppAsync(string protocol, Uri endpoint) =>
        InstrumentedApp.StartAsync(HostLayout.LegacyAppPath, new Dictionary<string, string>
        {
            ["OTEL_DOTNET_DISTRO_HOME"] = HostLayout.DistroHome,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
            ["OTEL_SERVICE_NAME"] = "legacy-otel-app",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment.name=contract",
            ["OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES"] = "LegacyOpenTelemetry.App",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_DOTNET_AUTO_LOG_DIRECTORY"] = _logDirectory,
        });

    private static bool IsWorkRequest(ReceivedSpan span) =>
        span.Kind == ActivityKind.Server && span.Attributes.TryGetValue("http.route", out var route) && Equals(route, "/work");
}
