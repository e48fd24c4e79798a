using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

[Collection(CloudWatchTestCollection.Name)]
public sealed class CloudWatchLogsSettingsReaderTests
{
    private const string CloudWatchEndpoint = "https://logs.us-west-2.amazonaws.com/v1/logs";
    private const string Headers = "x-aws-log-group=%2Faws%2Fservice-events%2Fshop,x-aws-log-stream=snapshots";

    [Fact]
    public void Read_CloudWatchEndpointWithLogGroupAndStream_ReturnsSettingsWithRegionFromHost()
    {
        var settings = CloudWatchLogsSettingsReader.Read(Variables(
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", CloudWatchEndpoint),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", Headers)));

        Assert.NotNull(settings);
        Assert.Equal(new Uri(CloudWatchEndpoint), settings.Endpoint);
        Assert.Equal("us-west-2", settings.Region);
        Assert.Equal("/aws/service-events/shop", settings.LogGroup);
        Assert.Equal("snapshots", settings.LogStream);
    }

    [Fact]
    public void Read_OnlyOtlpLogsEndpointAndGeneralHeaders_UsesThem()
    {
        var settings = CloudWatchLogsSettingsReader.Read(Variables(
            ("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", "https://logs.eu-central-1.amazonaws.com/v1/logs"),
            ("OTEL_EXPORTER_OTLP_HEADERS", " x-aws-log-group = group-a , x-aws-log-stream = stream-a ")));

        Assert.NotNull(settings);
        Assert.Equal("eu-central-1", settings.Region);
        Assert.Equal("group-a", settings.LogGroup);
        Assert.Equal("stream-a", settings.LogStream);
    }

    [Fact]
    public void Read_AwsLogsEndpointNamesCollector_WinsOverCloudWatchOtlpLogsEndpoint()
    {
        var settings = CloudWatchLogsSettingsReader.Read(Variables(
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", "http://localhost:4316/v1/logs"),
            ("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", CloudWatchEndpoint),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", Headers)));

        Assert.Null(settings);
    }

    [Fact]
    public void Read_LogsHeadersAndGeneralHeaders_LogsHeadersWin()
    {
        var settings = CloudWatchLogsSettingsReader.Read(Variables(
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", CloudWatchEndpoint),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", "x-aws-log-group=logs-group,x-aws-log-stream=logs-stream"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "x-aws-log-group=general-group,x-aws-log-stream=general-stream")));

        Assert.NotNull(settings);
        Assert.Equal("logs-group", settings.LogGroup);
        Assert.Equal("logs-stream", settings.LogStream);
    }

    [Fact]
    public void Read_CloudWatchEndpointWithoutLogStream_ReturnsNullAndReportsTheMissingHeader()
    {
        using var events = new CloudWatchEvents();

        var settings = CloudWatchLogsSettingsReader.Read(Variables(
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", "https://logs.ap-south-1.amazonaws.com/v1/logs"),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", "x-aws-log-group=only-group")));

        Assert.Null(settings);
        var missing = Assert.Single(events.Written(701), e => Equals(e.Payload![0], "https://logs.ap-south-1.amazonaws.com/v1/logs"));
        Assert.Equal("x-aws-log-stream", missing.Payload![1]);
    }

    [Theory]
    [InlineData("http://localhost:4316/v1/logs")]
    [InlineData("http://logs.us-west-2.amazonaws.com/v1/logs")]
    [InlineData("https://logs.us-west-2.amazonaws.com/v1/traces")]
    [InlineData("https://xray.us-west-2.amazonaws.com/v1/logs")]
    [InlineData("https://logs.us-west-2.example.com/v1/logs")]
    [InlineData("https://logs..amazonaws.com/v1/logs")]
    [InlineData("not a url")]
    public void Read_EndpointIsNotCloudWatchLogs_ReturnsNull(string endpoint)
    {
        var settings = CloudWatchLogsSettingsReader.Read(Variables(
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", endpoint),
            ("OTEL_EXPORTER_OTLP_LOGS_HEADERS", Headers)));

        Assert.Null(settings);
    }

    [Fact]
    public void Read_NoEndpointSet_ReturnsNull()
    {
        Assert.Null(CloudWatchLogsSettingsReader.Read(Variables(("OTEL_EXPORTER_OTLP_LOGS_HEADERS", Headers))));
    }

    [Theory]
    [InlineData("https://logs.us-east-1.amazonaws.com/v1/logs", "us-east-1")]
    [InlineData("https://LOGS.EU-WEST-3.AMAZONAWS.COM/v1/logs", "eu-west-3")]
    [InlineData("https://logs.cn-north-1.amazonaws.com.cn/v1/logs", "cn-north-1")]
    [InlineData("https://logs.us-gov-west-1.amazonaws.com:443/v1/logs/", "us-gov-west-1")]
    public void TryGetRegion_CloudWatchLogsEndpoint_ReturnsRegion(string endpoint, string region)
    {
        Assert.True(CloudWatchLogsEndpoint.TryGetRegion(new Uri(endpoint), out var actual));
        Assert.Equal(region, actual);
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values)
    {
        var map = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }
}
