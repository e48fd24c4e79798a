using YamlDotNet.RepresentationModel;

namespace Distro.Host.Tests.CollectorConfig;

/// <summary>Every configuration in <c>collector-config/</c> is consistent and listens where the distro sends.</summary>
public sealed class CollectorConfigTests
{
    public static TheoryData<string> ConfigFiles => [.. CollectorConfigFile.FileNames()];

    [Fact]
    public void CollectorConfigDirectory_Files_AreTheLocalAndCloudWatchConfigurations()
    {
        Assert.Equal(["cloudwatch.yaml", "local.yaml"], CollectorConfigFile.FileNames());
    }

    [Theory]
    [MemberData(nameof(ConfigFiles))]
    public void Pipelines_EveryComponentTheyName_IsDefinedInTheFile(string file)
    {
        var config = CollectorConfigFile.Load(file);
        var receivers = Defined(config, "receivers", "connectors");
        var processors = Defined(config, "processors");
        var exporters = Defined(config, "exporters", "connectors");

        Assert.NotEmpty(config.Pipelines);
        foreach (var pipeline in config.Pipelines)
        {
            Assert.Contains(pipeline.Signal, new[] { "logs", "traces", "metrics" });
            Assert.NotEmpty(pipeline.Receivers);
            Assert.NotEmpty(pipeline.Exporters);
            Assert.All(pipeline.Receivers, name => Assert.Contains(name, receivers));
            Assert.All(pipeline.Processors, name => Assert.Contains(name, processors));
            Assert.All(pipeline.Exporters, name => Assert.Contains(name, exporters));
        }
    }

    [Theory]
    [MemberData(nameof(ConfigFiles))]
    public void Components_EveryOneDefined_IsUsedByAPipeline(string file)
    {
        var config = CollectorConfigFile.Load(file);
        var pipelines = config.Pipelines;

        Assert.All(config.Components("receivers").Keys, name => Assert.Contains(pipelines, p => p.Receivers.Contains(name)));
        Assert.All(config.Components("processors").Keys, name => Assert.Contains(pipelines, p => p.Processors.Contains(name)));
        Assert.All(config.Components("exporters").Keys, name => Assert.Contains(pipelines, p => p.Exporters.Contains(name)));
        Assert.All(config.Components("connectors").Keys, name =>
        {
            Assert.Contains(pipelines, p => p.Exporters.Contains(name));
            Assert.Contains(pipelines, p => p.Receivers.Contains(name));
        });
        Assert.Equal(config.Components("extensions").Keys.Order(StringComparer.Ordinal), config.ServiceExtensions.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ConfigFiles))]
    public void Receivers_DistroAndStandardOtlpPorts_AreListenedOn(string file)
    {
        var config = CollectorConfigFile.Load(file);

        Assert.Equal([4315, 4317], config.ReceiverPorts("grpc").Select(r => r.Port).Order());
        Assert.Equal([4316, 4318], config.ReceiverPorts("http").Select(r => r.Port).Order());
        var snapshotReceiver = Assert.Single(config.ReceiverPorts("http"), r => r.Port == 4316).Receiver;
        Assert.Contains(config.Pipelines, p => p.Signal == "logs" && p.Receivers.Contains(snapshotReceiver));
        Assert.All(
            config.ReceiverPorts("grpc").Concat(config.ReceiverPorts("http")).Select(r => r.Receiver).Distinct(),
            receiver => Assert.All(new[] { "logs", "traces", "metrics" }, signal =>
                Assert.Contains(config.Pipelines, p => p.Signal == signal && p.Receivers.Contains(receiver))));
    }

    [Theory]
    [MemberData(nameof(ConfigFiles))]
    public void Pipelines_FedByReceivers_LimitMemoryFirstAndBatchLast(string file)
    {
        var config = CollectorConfigFile.Load(file);
        var receivers = config.Components("receivers").Keys.ToHashSet(StringComparer.Ordinal);

        Assert.All(config.Pipelines.Where(p => p.Receivers.Any(receivers.Contains)), pipeline =>
        {
            Assert.Equal("memory_limiter", pipeline.Processors[0]);
            Assert.Equal("batch", pipeline.Processors[^1]);
        });
    }

    [Fact]
    public void CloudWatchConfig_SnapshotLogs_GoToAwsCloudWatchLogsUnderServiceEvents()
    {
        var config = CollectorConfigFile.Load("cloudwatch.yaml");
        var snapshotReceiver = Assert.Single(config.ReceiverPorts("http"), r => r.Port == 4316).Receiver;
        var intake = Assert.Single(config.Pipelines, p => p.Signal == "logs" && p.Receivers.Contains(snapshotReceiver));

        var destinations = SnapshotExporters(config, intake).Distinct().ToList();

        Assert.NotEmpty(destinations);
        var exporters = config.Components("exporters");
        Assert.All(destinations, name =>
        {
            Assert.Equal("awscloudwatchlogs", CollectorConfigFile.TypeOf(name));
            Assert.StartsWith("/aws/service-events/", CollectorConfigFile.Scalar(exporters[name], "log_group_name"), StringComparison.Ordinal);
            Assert.NotEmpty(CollectorConfigFile.Scalar(exporters[name], "log_stream_name"));
        });
    }

    [Fact]
    public void CloudWatchConfig_TracesAndMetrics_GoToXRayAndEmfAfterResourceDetection()
    {
        var config = CollectorConfigFile.Load("cloudwatch.yaml");

        var traces = Assert.Single(config.Pipelines, p => p.Signal == "traces");
        var metrics = Assert.Single(config.Pipelines, p => p.Signal == "metrics");
        Assert.Equal(["awsxray"], traces.Exporters);
        Assert.Equal(["awsemf"], metrics.Exporters);
        Assert.All(config.Pipelines.Where(p => p.Processors.Count > 0), p => Assert.Contains("resourcedetection", p.Processors));
    }

    [Fact]
    public void LocalConfig_EveryPipeline_ExportsToTheDetailedDebugExporter()
    {
        var config = CollectorConfigFile.Load("local.yaml");
        var exporters = config.Components("exporters");

        Assert.All(config.Pipelines, p => Assert.Equal(["debug"], p.Exporters));
        Assert.Equal("detailed", CollectorConfigFile.Scalar(exporters["debug"], "verbosity"));
        Assert.Equal(["logs", "metrics", "traces"], config.Pipelines.Select(p => p.Signal).Order(StringComparer.Ordinal));
    }

    private static HashSet<string> Defined(CollectorConfigFile config, params string[] sections) =>
        [.. sections.SelectMany(section => config.Components(section).Keys)];

    /// <summary>The exporters a snapshot reaches from <paramref name="pipeline"/>, following routing tables on the snapshot route.</summary>
    private static IEnumerable<string> SnapshotExporters(CollectorConfigFile config, CollectorPipeline pipeline)
    {
        var connectors = config.Components("connectors");
        foreach (var exporter in pipeline.Exporters)
        {
            if (!connectors.TryGetValue(exporter, out var connector))
            {
                yield return exporter;
                continue;
            }

            var next = CollectorConfigFile.TypeOf(exporter) == "routing" ? SnapshotRoutes(connector) : AllPipelinesFedBy(config, exporter);
            foreach (var name in next)
            {
                foreach (var reached in SnapshotExporters(config, Assert.Single(config.Pipelines, p => p.Name == name)))
                {
                    yield return reached;
                }
            }
        }
    }

    private static List<string> SnapshotRoutes(YamlNode routing)
    {
        var table = (YamlSequenceNode)CollectorConfigFile.Child(routing, "table");
        var snapshotRoutes = table.Children
            .Where(route => CollectorConfigFile.Scalar(route, "condition").Contains("\"aws.dynamic_instrumentation", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(snapshotRoutes);
        return [.. snapshotRoutes.SelectMany(route =>
            ((YamlSequenceNode)CollectorConfigFile.Child(route, "pipelines")).Children
                .Select(p => ((YamlScalarNode)p).Value!))];
    }

    private static IEnumerable<string> AllPipelinesFedBy(CollectorConfigFile config, string connector) =>
        config.Pipelines.Where(p => p.Receivers.Contains(connector)).Select(p => p.Name);
}
