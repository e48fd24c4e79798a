using Distro.Debugger.Export.CloudWatch;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>The OpenTelemetry SDK's own OTLP log exporter, configured for CloudWatch, against a local stand-in endpoint.</summary>
[Collection(CloudWatchTestCollection.Name)]
public sealed class CloudWatchLogsExportTests
{
    private const string Scope = "aws.dynamic_instrumentation";

    [Fact]
    public void Export_ThreeMegabytesOfSnapshots_ArriveSignedGzippedInRequestsWithinOneMegabyteEachOnce()
    {
        using var server = CloudWatchTestServer.Start();
        var options = new OtlpExporterOptions { TimeoutMilliseconds = 60_000 };
        var export = CloudWatchLogsExport.Configure(options, TestCredentials.Settings, TestCredentials.Session(), server.Endpoint);
        var processor = new BatchLogRecordExportProcessor(
            new OtlpLogExporter(options), maxQueueSize: 1000, scheduledDelayMilliseconds: 600_000, exporterTimeoutMilliseconds: 60_000, maxExportBatchSize: 1000);
        using (var loggerFactory = CreateLoggerFactory(processor))
        {
            var logger = loggerFactory.CreateLogger(Scope);
            var payload = new string('p', 10_000);
            for (var i = 0; i < 300; i++)
            {
                logger.LogInformation("Snapshot {Seq} {Payload}", i, payload);
            }

            Assert.True(processor.ForceFlush(60_000), "The export finished in time.");
        }

        Assert.InRange(server.Requests.Count, 3, 4);
        var records = new List<DecodedLogRecord>();
        foreach (var request in server.Requests)
        {
            ServerSideSignature.AssertValid(request, TestCredentials.AccessKey, TestCredentials.SecretKey, "us-west-2");
            Assert.Equal("gzip", request.Header("Content-Encoding"));
            Assert.Equal("/aws/service-events/shop", request.Header("x-aws-log-group"));
            Assert.Equal("snapshots", request.Header("x-aws-log-stream"));
            var uncompressed = Gzip.Decompress(request.Body);
            Assert.InRange(uncompressed.Length, 1, CloudWatchLogsSettings.MaxRequestBytes);
            records.AddRange(OtlpLogsReader.Records(uncompressed));
        }

        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long)i), records.Select(r => r.Sequence("Seq")).Order());
        Assert.All(records, r => Assert.Equal(("shop", Scope), (r.ServiceName, r.ScopeName)));
        Assert.Equal(server.Requests.Count, export.Counters.Requests);
    }

    [Fact]
    public void Export_NoCredentials_SendsNothingAndFailsWithoutThrowing()
    {
        using var server = CloudWatchTestServer.Start();
        var options = new OtlpExporterOptions();
        var export = CloudWatchLogsExport.Configure(options, TestCredentials.Settings, TestCredentials.Missing(Guid.NewGuid().ToString()), server.Endpoint);
        // The wrapper sees the exporter's result; the inner exporter gets no resource from the provider, which is irrelevant here.
        var exporter = new ResultRecordingExporter(new OtlpLogExporter(options));
        using var loggerFactory = CreateLoggerFactory(new SimpleLogRecordExportProcessor(exporter));
        var logger = loggerFactory.CreateLogger(Scope);

        var thrown = Record.Exception(() => logger.LogInformation("Snapshot {Seq}", 1));

        Assert.Null(thrown);
        Assert.Equal([ExportResult.Failure], exporter.Results);
        Assert.Empty(server.Requests);
        Assert.Equal(1, export.Counters.CredentialsUnavailable);
    }

    [Fact]
    public void Configure_GrpcWithGzip_SwitchesToUncompressedHttpProtobufAtTheEndpointAndReports()
    {
        using var events = new CloudWatchEvents();
        var options = new OtlpExporterOptions
        {
            Protocol = OtlpExportProtocol.Grpc,
            Compression = OtlpExportCompression.GZip,
            TimeoutMilliseconds = 4000,
        };

        CloudWatchLogsExport.Configure(options, TestCredentials.Settings, TestCredentials.Session(), TestCredentials.Settings.Endpoint);

        Assert.Equal(OtlpExportProtocol.HttpProtobuf, options.Protocol);
        Assert.Equal(OtlpExportCompression.None, options.Compression);
        Assert.Equal(TestCredentials.Settings.Endpoint, options.Endpoint);
        using var client = options.HttpClientFactory();
        Assert.Equal(TimeSpan.FromSeconds(4), client.Timeout);
        Assert.Equal("Grpc", Assert.Single(events.Written(702)).Payload![0]);
        Assert.Equal(
            ["https://logs.us-west-2.amazonaws.com/v1/logs", "us-west-2", "/aws/service-events/shop", "snapshots"],
            Assert.Single(events.Written(700)).Payload!);
    }

    [Fact]
    public void TryConfigure_EndpointIsACollector_ReturnsNullAndLeavesOptionsAsTheyAre()
    {
        var endpoint = new Uri("http://localhost:4316/v1/logs");
        var options = new OtlpExporterOptions { Endpoint = endpoint };
        var factory = options.HttpClientFactory;

        var export = CloudWatchLogsExport.TryConfigure(options, name => name == "OTEL_AWS_OTLP_LOGS_ENDPOINT" ? endpoint.ToString() : null);

        Assert.Null(export);
        Assert.Equal(endpoint, options.Endpoint);
        Assert.Same(factory, options.HttpClientFactory);
    }

    private static ILoggerFactory CreateLoggerFactory(BaseProcessor<LogRecord> processor) =>
        LoggerFactory.Create(logging => logging.AddOpenTelemetry(otel =>
        {
            otel.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("shop"));
            otel.AddProcessor(processor);
        }));
}
