using Distro.Contract.Mocks.Collector;
using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Host;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// One framework's app launched through instrument.sh with the live debugger on, and the mocks it talks to: the config
/// API it polls for probes every 200 ms and the collector it sends snapshots and spans to. Started once and shared by
/// that framework's tests (an xunit class fixture); each test places and removes its own configurations.
/// </summary>
public abstract class FrameworkApp : IAsyncLifetime
{
    public const string EnvironmentName = "contract";

    private const string PollInterval = "200ms";
    private const string ExportDelayMilliseconds = "100";
    private const string MetricExportIntervalMilliseconds = "500";

    private readonly Version _httpVersion;
    private MockCollector? _collector;
    private MockConfigApi? _configApi;
    private InstrumentedApp? _process;

    protected FrameworkApp(string appName, string serviceName, Version httpVersion)
    {
        AppName = appName;
        ServiceName = serviceName;
        _httpVersion = httpVersion;
        LogDirectory = Path.Combine(Path.GetTempPath(), $"contract-{appName}-{Guid.NewGuid():N}");
    }

    public string AppName { get; }

    public string ServiceName { get; }

    /// <summary>The distro's diagnostic log files (OTEL_DOTNET_AUTO_LOG_DIRECTORY).</summary>
    public string LogDirectory { get; }

    public MockCollector Collector => _collector ?? throw NotStarted();

    public MockConfigApi ConfigApi => _configApi ?? throw NotStarted();

    /// <summary>What the app printed so far.</summary>
    public string Output => _process?.Output ?? string.Empty;

    internal InstrumentedApp Process => _process ?? throw NotStarted();

    /// <summary>
    /// How the app sends everything it exports (snapshots, spans and, over gRPC, metrics) to the collector mock: OTLP
    /// http/protobuf by default.
    /// </summary>
    public virtual OtlpTransport Transport => OtlpTransport.Http;

    /// <summary>How many configurations the config API mock lists per page; null (the default) lists each set at once.</summary>
    protected virtual int? ConfigurationsPerPage => null;

    public async Task InitializeAsync()
    {
        _collector = await MockCollector.StartAsync();
        _configApi = await MockConfigApi.StartAsync();
        _configApi.PageSize = ConfigurationsPerPage;
        try
        {
            _process = await InstrumentedApp.StartAsync(Command(), Environment(), _httpVersion);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException(e.Message + System.Environment.NewLine + FailureReport.LogFiles(LogDirectory), e);
        }

        OnStarted(_process.Address);
    }

    public async Task DisposeAsync()
    {
        OnStopping();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_configApi is not null)
        {
            await _configApi.DisposeAsync();
        }

        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        if (Directory.Exists(LogDirectory))
        {
            Directory.Delete(LogDirectory, recursive: true);
        }
    }

    /// <summary>The command instrument.sh runs: by default the app's build output, as <see cref="InstrumentedApp.CommandFor"/> runs it.</summary>
    protected virtual IReadOnlyList<string> Command() => InstrumentedApp.CommandFor(HostLayout.AppPath(AppName));

    /// <summary>The app is answering at <paramref name="address"/>: set up what its requests need.</summary>
    protected virtual void OnStarted(Uri address)
    {
    }

    /// <summary>The app is about to stop: release what <see cref="OnStarted"/> set up.</summary>
    protected virtual void OnStopping()
    {
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["OTEL_DOTNET_DISTRO_HOME"] = HostLayout.DistroHome,
            ["OTEL_SERVICE_NAME"] = ServiceName,
            ["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment.name=" + EnvironmentName,
            ["OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED"] = "true",
            ["OTEL_AWS_DYNAMIC_INSTRUMENTATION_API_URL"] = ConfigApi.ApiUrl,
            ["OTEL_AWS_DYNAMIC_INSTRUMENTATION_PROBE_POLL_INTERVAL"] = PollInterval,
            ["OTEL_AWS_DYNAMIC_INSTRUMENTATION_BREAKPOINT_POLL_INTERVAL"] = PollInterval,
            // Short export delays keep the tests' waits short; they change nothing else.
            ["OTEL_BSP_SCHEDULE_DELAY"] = ExportDelayMilliseconds,
            ["OTEL_BLRP_SCHEDULE_DELAY"] = ExportDelayMilliseconds,
            ["OTEL_DOTNET_AUTO_LOG_DIRECTORY"] = LogDirectory,
        };
        if (Transport == OtlpTransport.Grpc)
        {
            // One address for every signal, as a user of an OTLP gRPC collector configures it. One app's metrics are
            // enough to check their way to the collector; a short interval keeps the wait for them short.
            environment["OTEL_AWS_OTLP_LOGS_ENDPOINT"] = Collector.GrpcEndpoint.ToString();
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = Collector.GrpcEndpoint.ToString();
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
            environment["OTEL_METRICS_EXPORTER"] = "otlp";
            environment["OTEL_METRIC_EXPORT_INTERVAL"] = MetricExportIntervalMilliseconds;
        }
        else
        {
            environment["OTEL_AWS_OTLP_LOGS_ENDPOINT"] = Collector.HttpLogsEndpoint.ToString();
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = Collector.HttpEndpoint.ToString();
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            environment["OTEL_METRICS_EXPORTER"] = "none";
        }

        return environment;
    }

    private static InvalidOperationException NotStarted() => new("The app has not been started.");
}
