using System.Diagnostics;
using System.Net;
using Distro.Contract.Mocks.Collector;
using Distro.Contract.Mocks.Proto.Collector.Logs.V1;
using Distro.Contract.Mocks.Proto.Collector.Trace.V1;
using Distro.Contract.Mocks.Proto.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Exporter;
using RpcStatus = Distro.Contract.Mocks.Proto.Rpc.Status;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockCollectorFaultTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task FailNext_HttpStatusFault_AnswersStatusKeepsNothingThenRecovers(int status)
    {
        await using var collector = await MockCollector.StartAsync();
        collector.FailNext(FaultFor(status));
        using var client = new HttpClient();

        using var failed = await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "refused"));
        using var succeeded = await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "kept"));

        Assert.Equal(status, (int)failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        Assert.Equal("kept", Assert.Single(collector.LogRecords).EventName);
        Assert.Equal([false, true], collector.Requests.Select(r => r.Accepted));
        Assert.Equal(status, collector.Requests[0].Fault?.HttpStatus);
    }

    [Fact]
    public async Task FailNext_ServiceUnavailableWithRetryAfter_SendsRetryAfterSecondsAndStatusBody()
    {
        await using var collector = await MockCollector.StartAsync();
        collector.FailNext(CollectorFault.ServiceUnavailable(TimeSpan.FromMilliseconds(1500)));
        using var client = new HttpClient();

        using var response = await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "x"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        var status = RpcStatus.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((int)StatusCode.Unavailable, status.Code);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), Assert.Single(status.Details).Unpack<RetryInfo>().RetryDelay.ToTimeSpan());
    }

    [Fact]
    public async Task FailNext_ForSeveralRequestsOfOneSignal_LeavesOtherSignalsAlone()
    {
        await using var collector = await MockCollector.StartAsync();
        collector.FailNext(CollectorFault.InternalServerError(), requests: 2, signal: OtlpSignal.Logs);
        using var client = new HttpClient();

        using var traces = await OtlpHttpPosts.PostAsync(client, collector.HttpTracesEndpoint, new ExportTraceServiceRequest());
        using var first = await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "a"));
        using var second = await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "b"));
        using var third = await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "c"));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK],
            new[] { traces, first, second, third }.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task FailNext_Delayed_AnswersSuccessNoSoonerThanTheDelay()
    {
        await using var collector = await MockCollector.StartAsync();
        var delay = TimeSpan.FromMilliseconds(300);
        collector.FailNext(CollectorFault.Delayed(delay));
        using var client = new HttpClient();

        var stopwatch = Stopwatch.StartNew();
        using var response = await OtlpHttpPosts.PostAsync(client, collector.HttpLogsEndpoint, OtlpRequests.Logs("svc", "late"));

        Assert.True(stopwatch.Elapsed >= delay, $"answered after {stopwatch.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("late", Assert.Single(collector.LogRecords).EventName);
    }

    [Fact]
    public async Task FailNext_OverGrpc_ThrowsUnavailableWithRetryInfoInStatusDetails()
    {
        await using var collector = await MockCollector.StartAsync();
        collector.FailNext(CollectorFault.ServiceUnavailable(TimeSpan.FromMilliseconds(250)));
        using var channel = GrpcChannel.ForAddress(collector.GrpcEndpoint);
        var client = new LogsService.LogsServiceClient(channel);

        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await client.ExportAsync(OtlpRequests.Logs("svc", "refused")));
        await client.ExportAsync(OtlpRequests.Logs("svc", "kept"));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        var details = RpcStatus.Parser.ParseFrom(error.Trailers.GetValueBytes("grpc-status-details-bin"));
        Assert.Equal(TimeSpan.FromMilliseconds(250), Assert.Single(details.Details).Unpack<RetryInfo>().RetryDelay.ToTimeSpan());
        Assert.Equal("kept", Assert.Single(collector.LogRecords).EventName);
        Assert.All(collector.Requests, r => Assert.Equal(OtlpTransport.Grpc, r.Transport));
    }

    [Theory]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    [InlineData(OtlpExportProtocol.Grpc)]
    public async Task FailNext_ServiceUnavailable_OtlpExporterRetriesAndRecordArrives(OtlpExportProtocol protocol)
    {
        await using var collector = await MockCollector.StartAsync();
        collector.FailNext(CollectorFault.ServiceUnavailable(TimeSpan.FromMilliseconds(100)));
        using (var loggerFactory = OtlpTestPipelines.CreateLoggerFactory(
            collector, protocol, OtlpTestPipelines.Resource("svc", "test"), retryTransientFailures: true))
        {
            loggerFactory.CreateLogger("retry").LogInformation(new EventId(1, "retried"), "again");
        }

        await collector.WaitForLogRecordsAsync(r => r.EventName == "retried", 1, s_deadline);

        Assert.Equal([false, true], collector.Requests.Select(r => r.Accepted));
    }

    private static CollectorFault FaultFor(int status) => status switch
    {
        503 => CollectorFault.ServiceUnavailable(),
        429 => CollectorFault.TooManyRequests(),
        _ => CollectorFault.InternalServerError(),
    };
}
