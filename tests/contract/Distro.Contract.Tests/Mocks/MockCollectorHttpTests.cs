using System.Net;
using System.Text;
using Distro.Contract.Mocks.Collector;
using Distro.Contract.Mocks.Proto.Collector.Logs.V1;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockCollectorHttpTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task HttpLogs_ProtobufBody_AnsweredWithEmptyExportResponse()
    {
        await using var collector = await MockCollector.StartAsync();
        using var client = new HttpClient();

        using var response = await OtlpHttpPosts.PostAsync(
            client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new ExportLogsServiceResponse(), ExportLogsServiceResponse.Parser.ParseFrom(body));
        Assert.Equal("plain", Assert.Single(collector.LogRecords).EventName);
    }

    [Fact]
    public async Task HttpLogs_GzipBody_IsDecompressedAndDecoded()
    {
        await using var collector = await MockCollector.StartAsync();
        using var client = new HttpClient();

        using var response = await OtlpHttpPosts.PostGzippedAsync(
            client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "first", "second"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = await collector.WaitForLogRecordsAsync(_ => true, 2, s_deadline);
        Assert.Equal(["first", "second"], records.Select(r => r.EventName));
        Assert.All(records, r => Assert.Equal("body of " + r.EventName, r.Body));
        Assert.All(records, r => Assert.Equal("svc", r.ResourceAttributes["service.name"]));
        Assert.Equal("gzip", Assert.Single(collector.Requests).Headers["Content-Encoding"]);
    }

    [Fact]
    public async Task HttpLogs_JsonBody_RefusedWith415AndRecorded()
    {
        await using var collector = await MockCollector.StartAsync();
        using var client = new HttpClient();

        using var response = await OtlpHttpPosts.PostBytesAsync(
            client, collector.HttpLogsEndpoint, Encoding.UTF8.GetBytes("{\"resourceLogs\":[]}"), "application/json", null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var request = Assert.Single(collector.Requests);
        Assert.False(request.Accepted);
        Assert.Contains("application/json", request.Rejection, StringComparison.Ordinal);
        Assert.Empty(collector.LogRecords);
    }

    [Fact]
    public async Task HttpTraces_MalformedProtobuf_RefusedWith400()
    {
        await using var collector = await MockCollector.StartAsync();
        using var client = new HttpClient();

        using var response = await OtlpHttpPosts.PostBytesAsync(
            client, collector.HttpTracesEndpoint, [0x0a, 0xff, 0xff, 0xff], "application/x-protobuf", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var request = Assert.Single(collector.Requests);
        Assert.Equal(OtlpSignal.Traces, request.Signal);
        Assert.StartsWith("unreadable body", request.Rejection, StringComparison.Ordinal);
    }
}
