using Distro.Host.Configuration;
using OpenTelemetry.Exporter;

namespace Distro.Host.Tests.Configuration;

public sealed class OtlpSettingsReaderTests
{
    [Fact]
    public void Read_NothingSet_SendsHttpProtobufToTheLocalAgentPort4316()
    {
        var result = HostSettingsReader.Read(Variables.Of());

        Assert.Equal(
            new OtlpExportSettings(new Uri("http://localhost:4316/v1/traces"), OtlpExportProtocol.HttpProtobuf, null, TimeSpan.FromSeconds(10)),
            result.Settings.Traces.Otlp);
        Assert.Equal(
            new OtlpExportSettings(new Uri("http://localhost:4316/v1/metrics"), OtlpExportProtocol.HttpProtobuf, null, TimeSpan.FromSeconds(10)),
            result.Settings.Metrics.Otlp);
    }

    [Fact]
    public void Read_GrpcWithoutEndpoint_SendsToTheLocalAgentPort4315()
    {
        var settings = Read(("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"));

        Assert.Equal(new Uri("http://localhost:4315"), settings.Traces.Otlp.Endpoint);
        Assert.Equal(OtlpExportProtocol.Grpc, settings.Traces.Otlp.Protocol);
    }

    [Theory]
    [InlineData("http://collector:4318", "http://collector:4318/v1/traces", "http://collector:4318/v1/metrics")]
    [InlineData("http://collector:4318/", "http://collector:4318/v1/traces", "http://collector:4318/v1/metrics")]
    [InlineData("https://gateway/otlp", "https://gateway/otlp/v1/traces", "https://gateway/otlp/v1/metrics")]
    public void Read_GeneralHttpEndpoint_AppendsEachSignalsPath(string endpoint, string traces, string metrics)
    {
        var settings = Read(("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint));

        Assert.Equal(new Uri(traces), settings.Traces.Otlp.Endpoint);
        Assert.Equal(new Uri(metrics), settings.Metrics.Otlp.Endpoint);
    }

    [Fact]
    public void Read_GeneralGrpcEndpoint_UsesItAsWritten()
    {
        var settings = Read(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"), ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"));

        Assert.Equal(new Uri("http://collector:4317"), settings.Traces.Otlp.Endpoint);
        Assert.Equal(new Uri("http://collector:4317"), settings.Metrics.Otlp.Endpoint);
    }

    [Fact]
    public void Read_SignalSpecificVariables_WinOverTheGeneralOnesForThatSignalOnly()
    {
        var settings = Read(
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://general:4318"),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "x-general=1"),
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "2000"),
            ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://traces:4317"),
            ("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_TRACES_HEADERS", "x-traces=2"),
            ("OTEL_EXPORTER_OTLP_TRACES_TIMEOUT", "3000"),
            ("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://metrics:9999/custom/path"));

        Assert.Equal(
            new OtlpExportSettings(new Uri("http://traces:4317"), OtlpExportProtocol.Grpc, "x-traces=2", TimeSpan.FromSeconds(3)),
            settings.Traces.Otlp);
        Assert.Equal(
            new OtlpExportSettings(new Uri("http://metrics:9999/custom/path"), OtlpExportProtocol.HttpProtobuf, "x-general=1", TimeSpan.FromSeconds(2)),
            settings.Metrics.Otlp);
    }

    [Theory]
    [InlineData("collector:4318")]
    [InlineData("not a url")]
    [InlineData("ftp://collector/")]
    [InlineData("/v1/traces")]
    public void Read_InvalidEndpoint_FallsBackToTheDefaultWithADiagnostic(string endpoint)
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)));

        Assert.Equal(new Uri("http://localhost:4316/v1/traces"), result.Settings.Traces.Otlp.Endpoint);
        Assert.Equal(new Uri("http://localhost:4316/v1/metrics"), result.Settings.Metrics.Otlp.Endpoint);
        Assert.Contains(new SettingDiagnostic("OTEL_EXPORTER_OTLP_ENDPOINT", $"\"{endpoint}\" is not an absolute http or https URL; ignored"), result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_InvalidSignalEndpoint_FallsBackToTheGeneralEndpointWithADiagnostic()
    {
        var result = HostSettingsReader.Read(Variables.Of(
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://general:4318"),
            ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "::bad::")));

        Assert.Equal(new Uri("http://general:4318/v1/traces"), result.Settings.Traces.Otlp.Endpoint);
        Assert.Equal([new SettingDiagnostic("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "\"::bad::\" is not an absolute http or https URL; ignored")], result.Diagnostics.ToArray());
    }

    [Theory]
    [InlineData("http/json")]
    [InlineData("udp")]
    public void Read_UnsupportedProtocol_UsesHttpProtobufWithADiagnostic(string protocol)
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_EXPORTER_OTLP_METRICS_PROTOCOL", protocol)));

        Assert.Equal(OtlpExportProtocol.HttpProtobuf, result.Settings.Metrics.Otlp.Protocol);
        Assert.Equal(
            [new SettingDiagnostic("OTEL_EXPORTER_OTLP_METRICS_PROTOCOL", $"\"{protocol}\" is not supported (grpc or http/protobuf); using http/protobuf")],
            result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_ProtocolInAnyCase_IsAccepted()
    {
        Assert.Equal(OtlpExportProtocol.Grpc, Read(("OTEL_EXPORTER_OTLP_PROTOCOL", "GRPC")).Traces.Otlp.Protocol);
    }

    [Theory]
    [InlineData("api-key=secret,x-tenant=blue")]
    [InlineData("authorization=Basic%20c2VjcmV0")]
    public void Read_WellFormedHeaders_KeepsThemAsWritten(string headers)
    {
        Assert.Equal(headers, Read(("OTEL_EXPORTER_OTLP_HEADERS", headers)).Traces.Otlp.Headers);
    }

    [Theory]
    [InlineData("no-equals-sign")]
    [InlineData("bad name=1")]
    [InlineData("=value")]
    [InlineData("a=1,,b=2")]
    public void Read_MalformedHeaders_SendsNoneAndNeverEchoesTheValues(string headers)
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_EXPORTER_OTLP_HEADERS", headers)));

        Assert.Null(result.Settings.Traces.Otlp.Headers);
        Assert.Null(result.Settings.Metrics.Otlp.Headers);
        Assert.All(result.Diagnostics, diagnostic =>
        {
            Assert.Equal("OTEL_EXPORTER_OTLP_HEADERS", diagnostic.Variable);
            Assert.Equal("not a comma-separated list of name=value pairs with valid header names; no headers are sent", diagnostic.Message);
        });
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("ten")]
    public void Read_InvalidTimeout_UsesTenSecondsWithADiagnostic(string timeout)
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_EXPORTER_OTLP_TRACES_TIMEOUT", timeout)));

        Assert.Equal(TimeSpan.FromSeconds(10), result.Settings.Traces.Otlp.Timeout);
        Assert.Equal(
            [new SettingDiagnostic("OTEL_EXPORTER_OTLP_TRACES_TIMEOUT", $"\"{timeout}\" is not a positive whole number of milliseconds; using 10000")],
            result.Diagnostics.ToArray());
    }

    private static HostSettings Read(params (string Name, string Value)[] variables) => HostSettingsReader.Read(Variables.Of(variables)).Settings;
}
