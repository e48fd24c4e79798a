using System.Net;
using System.Net.Sockets;
using System.Text;
using Distro.Debugger.Export;
using Distro.Debugger.Export.Pipeline;
using Distro.Debugger.Export.Settings;
using OpenTelemetry.Exporter;

namespace Distro.Debugger.Tests.Export;

[Collection(SnapshotExportCollection.Name)]
public class GrpcExportTests
{
    [Fact]
    public void CreateOtlpOptions_GrpcSettings_ConfiguresTheExporterForGrpcAtTheGivenEndpoint()
    {
        var settings = new OtlpSettings(new Uri("http://localhost:4315"), OtlpExportProtocol.Grpc, "x-tenant=blue", TimeSpan.FromMilliseconds(2500));

        var options = SnapshotExporterFactory.CreateOtlpOptions(settings);

        Assert.Equal(OtlpExportProtocol.Grpc, options.Protocol);
        Assert.Equal(new Uri("http://localhost:4315"), options.Endpoint);
        Assert.Equal("x-tenant=blue", options.Headers);
        Assert.Equal(2500, options.TimeoutMilliseconds);
    }

    [Fact]
    public void CreateOtlpOptions_HttpSettings_UsesTheEndpointAsGiven()
    {
        var settings = new OtlpSettings(new Uri("http://collector:4316/custom/logs"), OtlpExportProtocol.HttpProtobuf, null, OtlpSettings.DefaultTimeout);

        var options = SnapshotExporterFactory.CreateOtlpOptions(settings);

        Assert.Equal(OtlpExportProtocol.HttpProtobuf, options.Protocol);
        Assert.Equal(new Uri("http://collector:4316/custom/logs"), options.Endpoint);
        Assert.Null(options.Headers);
        Assert.Equal(10_000, options.TimeoutMilliseconds);
    }

    /// <summary>
    /// No gRPC server runs in the unit tests; a socket that reads the first bytes shows that the exporter opens an
    /// HTTP/2 connection with prior knowledge (h2c), as gRPC over a plain http endpoint needs.
    /// </summary>
    [Fact]
    public async Task Emit_GrpcProtocol_OpensAnHttp2ConnectionToTheEndpoint()
    {
        var preface = Encoding.ASCII.GetBytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        var settings = ExportTestSettings.Otlp(endpoint) with { ShutdownTimeout = TimeSpan.FromSeconds(1) };
        settings = settings with { Otlp = settings.Otlp with { Protocol = OtlpExportProtocol.Grpc } };
        using var pipeline = new SnapshotExportPipeline(settings);
        using var timeout = new CancellationTokenSource(Eventually.DefaultTimeout);

        pipeline.Emit(SampleSnapshots.Traced());
        using var client = await listener.AcceptTcpClientAsync(timeout.Token);
        var received = new byte[preface.Length];
        await client.GetStream().ReadExactlyAsync(received, timeout.Token);

        Assert.Equal(preface, received);
    }
}
