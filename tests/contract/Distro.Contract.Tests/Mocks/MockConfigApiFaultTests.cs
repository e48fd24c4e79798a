using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Distro.Contract.Mocks.ConfigApi;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockConfigApiFaultTests
{
    private const string Service = "orders-api";
    private const string Environment = "prod";
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task FailNext_InternalServerErrorForTwoRequests_AnswersThemThenRecovers()
    {
        await using var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.InternalServerError, requests: 2);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await client.ListAsync(ProbeListing())).Status);
        }

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK], answers);
        Assert.Equal([ConfigApiFault.InternalServerError, ConfigApiFault.InternalServerError, null], api.ListRequests.Select(r => r.Fault));
    }

    [Fact]
    public async Task FailNext_NotFound_AnswersNotFoundDespiteConfigurations()
    {
        await using var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.NotFound);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.ListAsync(ProbeListing());

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task FailNext_MalformedJson_AnswersOkWithBodyThatDoesNotParse()
    {
        await using var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.MalformedJson);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.ListAsync(ProbeListing());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.ThrowsAny<JsonException>(() => JsonNode.Parse(answer.Body));
    }

    [Fact]
    public async Task FailNext_CloseConnection_ClientGetsNoAnswer()
    {
        await using var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.CloseConnection);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.ListAsync(ProbeListing()));
        var next = await client.ListAsync(ProbeListing());

        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Fact]
    public async Task FailNext_Hang_HoldsTheRequestUntilTheClientGivesUp()
    {
        await using var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.Hang);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        using var giveUp = new CancellationTokenSource();

        var hanging = client.ListAsync(ProbeListing(), giveUp.Token);
        await api.WaitForListRequestAsync(r => r.Fault == ConfigApiFault.Hang, s_deadline);
        Assert.False(hanging.IsCompleted);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hanging);
        var next = await client.ListAsync(ProbeListing());

        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Fact]
    public async Task DisposeAsync_WhileARequestHangs_StopsWithoutWaitingForIt()
    {
        var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.Hang);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var hanging = client.ListAsync(ProbeListing());
        await api.WaitForListRequestAsync(r => r.Fault == ConfigApiFault.Hang, s_deadline);

        // Half the server's 20 s shutdown timeout: the hanging request is released, not waited for.
        await api.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<HttpRequestException>(() => hanging);
    }

    [Fact]
    public async Task FailNext_ForReportStatusOnly_LeavesListingAloneAndKeepsNoStatusesOfTheRefusedBatch()
    {
        await using var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.InternalServerError, endpoint: ConfigApiEndpoint.ReportStatus);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var listing = await client.ListAsync(ProbeListing());
        var refused = await client.ReportAsync(SampleStatusReports.Report(SampleStatusReports.Status("p-1", "READY")));
        var accepted = await client.ReportAsync(SampleStatusReports.Report(SampleStatusReports.Status("p-1", "ACTIVE")));

        Assert.Equal(HttpStatusCode.OK, listing.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, refused.Status);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(["ACTIVE"], api.Statuses.Select(s => s.Status));
        Assert.Equal([false, true], api.StatusReports.Select(r => r.Accepted));
    }

    [Fact]
    public async Task ClearFaults_WithFaultsPending_AnswersNormally()
    {
        await using var api = await ApiWithOneProbeAsync();
        api.FailNext(ConfigApiFault.InternalServerError, requests: 5);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        api.ClearFaults();
        var answer = await client.ListAsync(ProbeListing());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    private static JsonObject ProbeListing() => ConfigApiTestClient.ListRequest(Service, Environment, "PROBE");

    private static async Task<MockConfigApi> ApiWithOneProbeAsync()
    {
        var api = await MockConfigApi.StartAsync();
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        return api;
    }
}
