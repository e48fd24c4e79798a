using System.Globalization;
using System.Net;
using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

[Collection(CloudWatchTestCollection.Name)]
public sealed class CloudWatchLogsHandlerTests
{
    private const string Scope = "aws.dynamic_instrumentation";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_Export_ArrivesGzippedSignedAndWithLogGroupAndStream(bool synchronous)
    {
        using var server = CloudWatchTestServer.Start();
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());
        var body = OtlpLogsWriter.Request(new TestResource("shop", new TestScope(Scope, new TestRecord(1, 300), new TestRecord(2, 300))));

        using var response = await SendAsync(client, server.Endpoint, body, synchronous);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/logs", request.Path);
        Assert.Equal("gzip", request.Header("Content-Encoding"));
        Assert.Equal("application/x-protobuf", request.Header("Content-Type"));
        Assert.Equal("/aws/service-events/shop", request.Header("x-aws-log-group"));
        Assert.Equal("snapshots", request.Header("x-aws-log-stream"));
        Assert.Equal(TestCredentials.SessionToken, request.Header("x-amz-security-token"));
        Assert.Equal(body, Gzip.Decompress(request.Body));
        ServerSideSignature.AssertValid(request, TestCredentials.AccessKey, TestCredentials.SecretKey, "us-west-2");
        Assert.Contains(
            "content-encoding;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-aws-log-group;x-aws-log-stream",
            request.Header("Authorization"),
            StringComparison.Ordinal);
        Assert.Equal(1, counters.Requests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_ThreeMegabyteExport_EveryRequestWithinOneMegabyteAndEveryRecordArrivesOnce(bool synchronous)
    {
        using var server = CloudWatchTestServer.Start();
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());
        var body = OtlpLogsWriter.Request(
            new TestResource("shop", new TestScope(Scope, [.. Enumerable.Range(0, 200).Select(i => new TestRecord(i, 10_000))])),
            new TestResource("billing", new TestScope(Scope, [.. Enumerable.Range(200, 100).Select(i => new TestRecord(i, 10_000))])));
        Assert.True(body.Length > 3_000_000);

        using var response = await SendAsync(client, server.Endpoint, body, synchronous);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(server.Requests.Count, 3, 4);
        var records = new List<DecodedLogRecord>();
        foreach (var request in server.Requests)
        {
            ServerSideSignature.AssertValid(request, TestCredentials.AccessKey, TestCredentials.SecretKey, "us-west-2");
            var uncompressed = Gzip.Decompress(request.Body);
            Assert.InRange(request.Body.Length, 1, CloudWatchLogsSettings.MaxRequestBytes);
            Assert.InRange(uncompressed.Length, 1, CloudWatchLogsSettings.MaxRequestBytes);
            records.AddRange(OtlpLogsReader.Records(uncompressed));
        }

        Assert.Equal(Enumerable.Range(0, 300).Select(i => (long)i), records.Select(r => r.Sequence("seq")));
        Assert.All(records, r => Assert.Equal(r.Sequence("seq") < 200 ? "shop" : "billing", r.ServiceName));
        Assert.Equal(server.Requests.Count, counters.Requests);
    }

    [Fact]
    public async Task Send_RecordAloneOverOneMegabyte_IsDroppedCountedAndReportedWhileTheOthersArrive()
    {
        using var events = new CloudWatchEvents();
        using var server = CloudWatchTestServer.Start();
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());
        var body = OtlpLogsWriter.Request(new TestResource(
            "shop", new TestScope(Scope, new TestRecord(1, 1000), new TestRecord(2, 1_200_000), new TestRecord(3, 1000))));

        using var response = await SendAsync(client, server.Endpoint, body, synchronous: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([1L, 3L], server.Requests.SelectMany(r => OtlpLogsReader.Records(Gzip.Decompress(r.Body))).Select(r => r.Sequence("seq")));
        Assert.Equal(1, counters.DroppedRecords);
        var dropped = Assert.Single(events.Written(706));
        Assert.Equal(1, dropped.Payload![0]);
        Assert.Equal(CloudWatchLogsSettings.MaxRequestBytes, dropped.Payload[2]);
    }

    [Fact]
    public async Task Send_EveryRecordOverOneMegabyte_ThrowsAndSendsNothing()
    {
        using var server = CloudWatchTestServer.Start();
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());
        var body = OtlpLogsWriter.Request(new TestResource("shop", new TestScope(Scope, new TestRecord(1, 1_100_000))));

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(client, server.Endpoint, body, synchronous: false));

        Assert.Empty(server.Requests);
        Assert.Equal(1, counters.DroppedRecords);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_429WithRetryAfterSeconds_SendsAgainAfterThatDelay(bool synchronous)
    {
        using var server = CloudWatchTestServer.Start(i => i == 0 ? new TestResponse(429, ("Retry-After", "1")) : TestResponse.Ok);
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());

        using var response = await SendAsync(client, server.Endpoint, SmallExport(), synchronous);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(server.Requests[1].ElapsedSince(server.Requests[0]) >= TimeSpan.FromMilliseconds(950), "Retry-After: 1 was honoured.");
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        ServerSideSignature.AssertValid(server.Requests[1], TestCredentials.AccessKey, TestCredentials.SecretKey, "us-west-2");
        Assert.Equal(1, counters.Retries);
    }

    [Fact]
    public async Task Send_503WithRetryAfterHttpDate_SendsAgainAtThatDate()
    {
        var date = DateTimeOffset.UtcNow.AddSeconds(2).ToString("R", CultureInfo.InvariantCulture);
        var retryAt = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture);
        using var server = CloudWatchTestServer.Start(i => i == 0 ? new TestResponse(503, ("Retry-After", date)) : TestResponse.Ok);
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());

        using var response = await SendAsync(client, server.Endpoint, SmallExport(), synchronous: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(server.Requests[1].ReceivedAt >= retryAt.AddMilliseconds(-50), "The Retry-After date was waited for.");
        Assert.Equal(1, counters.Retries);
    }

    [Fact]
    public async Task Send_ThrottledOnEveryAttempt_GivesUpAfterMaxAttemptsAndReportsOnce()
    {
        using var events = new CloudWatchEvents();
        using var server = CloudWatchTestServer.Start(_ => new TestResponse(429, ("Retry-After", "0")));
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());

        using (var first = await SendAsync(client, server.Endpoint, SmallExport(), synchronous: true))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        }

        using var second = await SendAsync(client, server.Endpoint, SmallExport(), synchronous: true);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(2 * RetryPolicy.WithBudget(TimeSpan.Zero).MaxAttempts, server.Requests.Count);
        Assert.Equal(2, counters.RetriesExhausted);
        var reported = Assert.Single(events.Written(707));
        Assert.Equal(429, reported.Payload![0]);
    }

    [Fact]
    public async Task Send_RetryAfterBeyondTheExportBudget_IsNotWaitedFor()
    {
        using var server = CloudWatchTestServer.Start(_ => new TestResponse(503, ("Retry-After", "120")));
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session(), RetryPolicy.WithBudget(TimeSpan.FromSeconds(10)));

        using var response = await SendAsync(client, server.Endpoint, SmallExport(), synchronous: false);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(server.Requests);
        Assert.Equal(1, counters.RetriesExhausted);
    }

    [Fact]
    public async Task Send_400_IsNotRetriedAndIsCounted()
    {
        using var events = new CloudWatchEvents();
        using var server = CloudWatchTestServer.Start(_ => new TestResponse(400, ("x-amzn-ErrorType", "ResourceNotFoundException")));
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());

        using var response = await SendAsync(client, server.Endpoint, SmallExport(), synchronous: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(server.Requests);
        Assert.Equal(1, counters.Rejected);
        Assert.Equal(0, counters.Retries);
        Assert.Equal("ResourceNotFoundException", Assert.Single(events.Written(708)).Payload![1]);
    }

    [Fact]
    public async Task Send_403_IsNotRetriedCountedAndReportedOnceUntilAnExportSucceeds()
    {
        using var events = new CloudWatchEvents();
        using var server = CloudWatchTestServer.Start(i => i == 3
            ? TestResponse.Ok
            : new TestResponse(403, ("x-amzn-ErrorType", "AccessDeniedException")));
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Session());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await SendAsync(client, server.Endpoint, SmallExport(), synchronous: true);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden],
            statuses);
        Assert.Equal(5, server.Requests.Count);
        Assert.Equal(4, counters.AccessDenied);
        var reports = events.Written(705);
        Assert.Equal(2, reports.Count);
        Assert.All(reports, e => Assert.Equal(["/aws/service-events/shop", "snapshots", "AccessDeniedException"], e.Payload!));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_NoCredentials_SendsNothingCountsEachExportAndReportsOnce(bool synchronous)
    {
        using var events = new CloudWatchEvents();
        var marker = Guid.NewGuid().ToString();
        using var server = CloudWatchTestServer.Start();
        var counters = new CloudWatchExportCounters();
        using var client = Client(counters, TestCredentials.Missing(marker));

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(client, server.Endpoint, SmallExport(), synchronous));
        }

        Assert.Empty(server.Requests);
        Assert.Equal(3, counters.CredentialsUnavailable);
        Assert.Single(events.Written(703), e => ((string)e.Payload![0]!).Contains(marker, StringComparison.Ordinal));
    }

    private static byte[] SmallExport() =>
        OtlpLogsWriter.Request(new TestResource("shop", new TestScope(Scope, new TestRecord(7, 200))));

    private static HttpClient Client(CloudWatchExportCounters counters, AwsCredentialsSource credentials, RetryPolicy? retry = null)
    {
        var handler = new CloudWatchLogsHandler(
            TestCredentials.Settings,
            credentials,
            retry ?? RetryPolicy.WithBudget(TimeSpan.FromSeconds(20)),
            counters,
            TimeProvider.System,
            new SocketsHttpHandler());
        return new HttpClient(handler);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri endpoint, byte[] body, bool synchronous)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/x-protobuf");
        request.Headers.UserAgent.ParseAdd("OTel-OTLP-Exporter-Dotnet/1.20.1");

        // The OTLP exporter calls the synchronous Send from its own export thread.
        return synchronous ? await Task.Run(() => client.Send(request)) : await client.SendAsync(request);
    }
}
