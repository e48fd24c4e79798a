using Distro.Debugger.Configuration;
using Distro.Debugger.Export.Settings;
using OpenTelemetry.Exporter;

namespace Distro.Debugger.Tests.Export;

public class SnapshotExportSettingsReaderTests
{
    private static SnapshotExportSettingsReadResult Read(params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        var debugger = DebuggerSettingsReader.Read(environment.GetValueOrDefault).Settings;
        return SnapshotExportSettingsReader.Read(environment.GetValueOrDefault, debugger);
    }

    private static SnapshotExporterKind[] Kinds(string names) =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<SnapshotExporterKind>)];

    [Fact]
    public void Read_NothingSet_UsesDefaults()
    {
        var result = Read(("OTEL_SERVICE_NAME", "shop-api"));

        Assert.Empty(result.Diagnostics);
        var settings = result.Settings;
        Assert.Equal(new[] { SnapshotExporterKind.Otlp }, settings.Exporters);
        Assert.Equal(new OtlpSettings(new Uri("http://localhost:4316/v1/logs"), OtlpExportProtocol.HttpProtobuf, null, TimeSpan.FromSeconds(10)), settings.Otlp);
        Assert.Equal(new BatchSettings(2048, 512, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), settings.Batch);
        Assert.Equal("shop-api", settings.Resource.ServiceName);
        Assert.Equal("generic:default", settings.Resource.Environment);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.ShutdownTimeout);
    }

    [Fact]
    public void Read_GrpcWithoutAnEndpoint_SendsToTheAgentsGrpcPort()
    {
        var result = Read(("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"));

        Assert.Equal(new Uri("http://localhost:4315"), result.Settings.Otlp.Endpoint);
        Assert.Equal(OtlpExportProtocol.Grpc, result.Settings.Otlp.Protocol);
    }

    [Fact]
    public void Read_CloudWatchLogsEndpointWithItsHeaders_TurnsOnSignedExport()
    {
        var result = Read(
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", "https://logs.eu-west-1.amazonaws.com/v1/logs"),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", "x-aws-log-group=/aws/service-events/shop,x-aws-log-stream=snapshots"));

        var cloudWatch = Assert.IsType<Distro.Debugger.Export.CloudWatch.CloudWatchLogsSettings>(result.Settings.Otlp.CloudWatch);
        Assert.Equal("eu-west-1", cloudWatch.Region);
        Assert.Equal("/aws/service-events/shop", cloudWatch.LogGroup);
    }

    [Fact]
    public void Read_EveryVariableSet_UsesEveryValue()
    {
        var result = Read(
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_SNAPSHOT_EXPORTER", "console,otlp"),
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", "http://collector:4315"),
            ("OTEL_EXPORTER_OTLP_LOGS_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", "authorization=Basic%20c2VjcmV0,x-tenant=blue"),
            ("OTEL_EXPORTER_OTLP_LOGS_TIMEOUT", "2500"),
            ("OTEL_BLRP_MAX_QUEUE_SIZE", "100"),
            ("OTEL_BLRP_MAX_EXPORT_BATCH_SIZE", "10"),
            ("OTEL_BLRP_SCHEDULE_DELAY", "250"),
            ("OTEL_BLRP_EXPORT_TIMEOUT", "4000"),
            ("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=staging,team=checkout"));

        Assert.Empty(result.Diagnostics);
        var settings = result.Settings;
        Assert.Equal(new[] { SnapshotExporterKind.Console, SnapshotExporterKind.Otlp }, settings.Exporters);
        Assert.Equal(
            new OtlpSettings(new Uri("http://collector:4315"), OtlpExportProtocol.Grpc, "authorization=Basic%20c2VjcmV0,x-tenant=blue", TimeSpan.FromMilliseconds(2500)),
            settings.Otlp);
        Assert.Equal(new BatchSettings(100, 10, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(4)), settings.Batch);
        Assert.Equal("staging", settings.Resource.Environment);
        Assert.Equal("checkout", settings.Resource.Attributes["team"]);
    }

    [Theory]
    [InlineData("otlp", "Otlp")]
    [InlineData(" Console , OTLP ", "Console,Otlp")]
    [InlineData("otlp,otlp", "Otlp")]
    [InlineData("none", "")]
    [InlineData("NONE", "")]
    public void Read_ExporterList_NamesTheExporters(string value, string expected)
    {
        var result = Read(("OTEL_AWS_DYNAMIC_INSTRUMENTATION_SNAPSHOT_EXPORTER", value));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Kinds(expected), result.Settings.Exporters);
    }

    [Theory]
    [InlineData("zipkin", "Otlp", 2)]
    [InlineData("console,zipkin", "Console", 1)]
    [InlineData("none,console", "Console", 1)]
    [InlineData(",", "Otlp", 1)]
    public void Read_ExporterListWithUnusableNames_ReportsThemAndKeepsTheRest(string value, string expected, int diagnostics)
    {
        var result = Read(("OTEL_AWS_DYNAMIC_INSTRUMENTATION_SNAPSHOT_EXPORTER", value));

        Assert.Equal(Kinds(expected), result.Settings.Exporters);
        Assert.Equal(diagnostics, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal("OTEL_AWS_DYNAMIC_INSTRUMENTATION_SNAPSHOT_EXPORTER", d.Variable));
    }

    [Fact]
    public void Read_GeneralOtlpVariables_ApplyWhenNoLogsVariableIsSet()
    {
        var result = Read(
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "x-tenant=green"),
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "700"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(OtlpExportProtocol.Grpc, result.Settings.Otlp.Protocol);
        Assert.Equal("x-tenant=green", result.Settings.Otlp.Headers);
        Assert.Equal(TimeSpan.FromMilliseconds(700), result.Settings.Otlp.Timeout);
    }

    [Fact]
    public void Read_LogsVariables_WinOverGeneralOnes()
    {
        var result = Read(
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_LOGS_PROTOCOL", "http/protobuf"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "x-tenant=green"),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", "x-tenant=blue"),
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "700"),
            ("OTEL_EXPORTER_OTLP_LOGS_TIMEOUT", "900"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new OtlpSettings(new Uri("http://localhost:4316/v1/logs"), OtlpExportProtocol.HttpProtobuf, "x-tenant=blue", TimeSpan.FromMilliseconds(900)), result.Settings.Otlp);
    }

    [Fact]
    public void Read_UnsupportedProtocol_FallsBackToHttpProtobufWithADiagnostic()
    {
        var result = Read(("OTEL_EXPORTER_OTLP_LOGS_PROTOCOL", "http/json"));

        Assert.Equal(OtlpExportProtocol.HttpProtobuf, result.Settings.Otlp.Protocol);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OTEL_EXPORTER_OTLP_LOGS_PROTOCOL", diagnostic.Variable);
    }

    [Theory]
    [InlineData("authorization")]
    [InlineData("authorization=Bearer s3cret,")]
    [InlineData("=Bearer s3cret")]
    [InlineData("bad name=Bearer s3cret")]
    public void Read_MalformedHeaders_SendsNoneAndNeverEchoesThem(string headers)
    {
        var result = Read(("OTEL_EXPORTER_OTLP_HEADERS", headers));

        Assert.Null(result.Settings.Otlp.Headers);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OTEL_EXPORTER_OTLP_HEADERS", diagnostic.Variable);
        Assert.DoesNotContain("s3cret", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_LOGS_TIMEOUT", "soon")]
    [InlineData("OTEL_EXPORTER_OTLP_LOGS_TIMEOUT", "0")]
    [InlineData("OTEL_EXPORTER_OTLP_LOGS_TIMEOUT", "-5")]
    [InlineData("OTEL_EXPORTER_OTLP_LOGS_TIMEOUT", "1.5")]
    public void Read_InvalidTimeout_UsesTheDefaultWithADiagnostic(string variable, string value)
    {
        var result = Read((variable, value));

        Assert.Equal(TimeSpan.FromSeconds(10), result.Settings.Otlp.Timeout);
        Assert.Equal(variable, Assert.Single(result.Diagnostics).Variable);
    }

    [Theory]
    [InlineData("OTEL_BLRP_MAX_QUEUE_SIZE", "0")]
    [InlineData("OTEL_BLRP_MAX_QUEUE_SIZE", "99999999")]
    [InlineData("OTEL_BLRP_MAX_QUEUE_SIZE", "lots")]
    [InlineData("OTEL_BLRP_MAX_EXPORT_BATCH_SIZE", "-1")]
    [InlineData("OTEL_BLRP_SCHEDULE_DELAY", "0")]
    [InlineData("OTEL_BLRP_SCHEDULE_DELAY", "1s")]
    [InlineData("OTEL_BLRP_EXPORT_TIMEOUT", "never")]
    public void Read_InvalidBatchSetting_UsesTheDefaultsWithADiagnostic(string variable, string value)
    {
        var result = Read((variable, value));

        Assert.Equal(BatchSettings.Default, result.Settings.Batch);
        Assert.Equal(variable, Assert.Single(result.Diagnostics).Variable);
    }

    [Fact]
    public void Read_BatchLargerThanQueue_IsCutToTheQueueSize()
    {
        var result = Read(("OTEL_BLRP_MAX_QUEUE_SIZE", "100"), ("OTEL_BLRP_MAX_EXPORT_BATCH_SIZE", "512"));

        Assert.Equal(100, result.Settings.Batch.MaxQueueSize);
        Assert.Equal(100, result.Settings.Batch.MaxExportBatchSize);
        Assert.Equal("OTEL_BLRP_MAX_EXPORT_BATCH_SIZE", Assert.Single(result.Diagnostics).Variable);
    }
}
