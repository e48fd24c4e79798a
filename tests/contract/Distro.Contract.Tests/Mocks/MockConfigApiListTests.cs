using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Distro.Contract.Mocks.ConfigApi;

namespace Distro.Contract.Tests.Mocks;

public sealed class MockConfigApiListTests
{
    private const string Service = "orders-api";
    private const string Environment = "prod";

    [Fact]
    public async Task List_NoConfigurations_Answers404()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task List_AllConfigurationsRemoved_Answers404Again()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var before = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        Assert.True(api.RemoveConfiguration(Service, Environment, InstrumentationType.Probe, "p-1"));
        var after = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE", before.Json["SyncedAt"]));

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(HttpStatusCode.NotFound, after.Status);
    }

    [Fact]
    public async Task List_EmptySetWithNotFoundWhenEmptyOff_AnswersChangedWithNoConfigurations()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.NotFoundWhenEmpty = false;
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json["Changed"]!.GetValue<bool>());
        Assert.Empty(answer.Json["LatestConfigurations"]!.AsArray());
        Assert.Equal(api.CurrentCursor(Service, Environment, InstrumentationType.Breakpoint).Json, answer.Json["SyncedAt"]!.ToJsonString());
    }

    [Fact]
    public async Task List_FirstRequest_AnswersChangedWithFullSetAndCursor()
    {
        await using var api = await MockConfigApi.StartAsync();
        var configurations = new[] { SampleConfigurations.Breakpoint("h-1"), SampleConfigurations.Breakpoint("h-2", line: 42) };
        api.SetConfigurations(Service, Environment, InstrumentationType.Breakpoint, configurations);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json["Changed"]!.GetValue<bool>());
        Assert.Equal(JsonValueKind.Number, answer.Json["SyncedAt"]!.GetValueKind());
        Assert.False(answer.Json.ContainsKey("NextToken"));
        Assert.False(answer.Json.ContainsKey("SyncInterval"));
        Assert.True(JsonNode.DeepEquals(new JsonArray([.. configurations]), answer.Json["LatestConfigurations"]));
    }

    [Theory]
    [InlineData(CursorKind.Number, JsonValueKind.Number)]
    [InlineData(CursorKind.String, JsonValueKind.String)]
    public async Task List_CursorEchoedExactly_AnswersUnchangedWithoutConfigurations(CursorKind kind, JsonValueKind expected)
    {
        await using var api = await MockConfigApi.StartAsync();
        api.CursorKind = kind;
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var first = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        var second = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE", first.Json["SyncedAt"]));

        Assert.Equal(expected, first.Json["SyncedAt"]!.GetValueKind());
        Assert.False(second.Json["Changed"]!.GetValue<bool>());
        Assert.False(second.Json.ContainsKey("LatestConfigurations"));
        Assert.True(JsonNode.DeepEquals(first.Json["SyncedAt"], second.Json["SyncedAt"]));
        var echoed = api.ListRequests[^1].SyncedAt;
        Assert.Equal(api.CurrentCursor(Service, Environment, InstrumentationType.Probe), echoed);
        Assert.Equal(expected, echoed!.Kind);
    }

    [Fact]
    public async Task List_NumberCursorEchoedAsString_AnswersChangedAndRecordsTheString()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var first = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));
        var asString = JsonValue.Create(first.Json["SyncedAt"]!.ToJsonString());

        var second = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE", asString));

        Assert.True(second.Json["Changed"]!.GetValue<bool>());
        Assert.Equal(JsonValueKind.String, api.ListRequests[^1].SyncedAt!.Kind);
        Assert.NotEqual(api.CurrentCursor(Service, Environment, InstrumentationType.Probe), api.ListRequests[^1].SyncedAt);
    }

    [Fact]
    public async Task List_SetChangedAfterCursor_AnswersNewCursorAndCurrentSetOnly()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SetConfigurations(Service, Environment, InstrumentationType.Breakpoint, [SampleConfigurations.Breakpoint("h-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var first = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT"));

        api.PutConfiguration(Service, Environment, SampleConfigurations.Breakpoint("h-2"));
        api.RemoveConfiguration(Service, Environment, InstrumentationType.Breakpoint, "h-1");
        var second = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT", first.Json["SyncedAt"]));

        Assert.True(second.Json["Changed"]!.GetValue<bool>());
        Assert.False(JsonNode.DeepEquals(first.Json["SyncedAt"], second.Json["SyncedAt"]));
        Assert.Equal(["h-2"], second.LocationHashes);
    }

    [Fact]
    public async Task PutConfiguration_SameLocationHash_ReplacesInPlace()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SetConfigurations(Service, Environment, InstrumentationType.Breakpoint,
            [SampleConfigurations.Breakpoint("h-1"), SampleConfigurations.Breakpoint("h-2")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        api.PutConfiguration(Service, Environment, SampleConfigurations.Breakpoint("h-1", createdAt: "2026-11-22T08:00:00Z"));
        var answer = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT"));

        Assert.Equal(["h-1", "h-2"], answer.LocationHashes);
        Assert.Equal("2026-11-22T08:00:00Z", answer.Json["LatestConfigurations"]![0]!["CreatedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetConfigurations_FromJsonText_AreListedAsGiven()
    {
        await using var api = await MockConfigApi.StartAsync();
        var json = new JsonArray(SampleConfigurations.Probe("p-1"), SampleConfigurations.Probe("p-2")).ToJsonString();
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, json);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), answer.Json["LatestConfigurations"]));
    }

    [Fact]
    public async Task List_PageSizeSet_PagesByNextTokenWithCursorOnlyOnLastPage()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.PageSize = 2;
        api.SetConfigurations(Service, Environment, InstrumentationType.Breakpoint,
            [.. Enumerable.Range(1, 5).Select(i => SampleConfigurations.Breakpoint($"h-{i}"))]);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var pages = new List<ConfigApiAnswer> { await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT")) };
        while (pages[^1].Json["NextToken"] is { } token)
        {
            pages.Add(await client.ListAsync(
                ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT", nextToken: token.GetValue<string>())));
        }

        var echo = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT", pages[^1].Json["SyncedAt"]));

        Assert.Equal([2, 2, 1], pages.Select(p => p.LocationHashes.Count));
        Assert.Equal(["h-1", "h-2", "h-3", "h-4", "h-5"], pages.SelectMany(p => p.LocationHashes));
        Assert.All(pages, p => Assert.True(p.Json["Changed"]!.GetValue<bool>()));
        Assert.All(pages[..^1], p => Assert.False(p.Json.ContainsKey("SyncedAt")));
        Assert.Equal(api.CurrentCursor(Service, Environment, InstrumentationType.Breakpoint).Json, pages[^1].Json["SyncedAt"]!.ToJsonString());
        Assert.False(echo.Json["Changed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task List_SetChangesWhilePaging_PagesStayOnTheSnapshotAndItsCursorIsStale()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.PageSize = 1;
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe,
            [SampleConfigurations.Probe("p-1"), SampleConfigurations.Probe("p-2")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var first = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        api.PutConfiguration(Service, Environment, SampleConfigurations.Probe("p-3"));
        var last = await client.ListAsync(ConfigApiTestClient.ListRequest(
            Service, Environment, "PROBE", nextToken: first.Json["NextToken"]!.GetValue<string>()));
        var next = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE", last.Json["SyncedAt"]));

        Assert.Equal(["p-2"], last.LocationHashes);
        Assert.True(next.Json["Changed"]!.GetValue<bool>());
        Assert.Equal(["p-1"], next.LocationHashes);
    }

    [Fact]
    public async Task List_UnknownNextToken_Answers400()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE", nextToken: "no-such-token"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task List_OneTypeChanged_OtherTypeKeepsItsCursor()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        api.SetConfigurations(Service, Environment, InstrumentationType.Breakpoint, [SampleConfigurations.Breakpoint("h-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var probes = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        api.PutConfiguration(Service, Environment, SampleConfigurations.Breakpoint("h-2"));
        var probesAgain = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE", probes.Json["SyncedAt"]));
        var otherService = await client.ListAsync(ConfigApiTestClient.ListRequest("other-api", Environment, "PROBE"));

        Assert.Equal(["p-1"], probes.LocationHashes);
        Assert.False(probesAgain.Json["Changed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, otherService.Status);
    }

    [Fact]
    public async Task List_SyncIntervalSet_IsInChangedAndUnchangedAnswers()
    {
        await using var api = await MockConfigApi.StartAsync();
        api.SyncIntervalSeconds = 30;
        api.SetConfigurations(Service, Environment, InstrumentationType.Probe, [SampleConfigurations.Probe("p-1")]);
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var changed = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));
        var unchanged = await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE", changed.Json["SyncedAt"]));

        Assert.Equal(30, changed.Json["SyncInterval"]!.GetValue<int>());
        Assert.Equal(30, unchanged.Json["SyncInterval"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{\"Service\":\"orders-api\",\"Environment\":\"prod\"}")]
    [InlineData("{\"Service\":\"orders-api\",\"Environment\":\"prod\",\"InstrumentationType\":\"probe\"}")]
    [InlineData("not json")]
    public async Task List_InvalidRequest_Answers400AndIsRecorded(string body)
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var answer = await client.PostAsync("/list-instrumentation-configurations", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(body, Assert.Single(api.ListRequests).Body);
    }

    [Fact]
    public async Task List_AnyRequest_IsRecordedWithBodyHeadersAndTime()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);
        var before = DateTimeOffset.UtcNow;

        await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT", JsonValue.Create("opaque")));

        var request = Assert.Single(api.ListRequests);
        Assert.Equal(Service, request.Service);
        Assert.Equal(Environment, request.Environment);
        Assert.Equal("BREAKPOINT", request.InstrumentationType);
        Assert.Equal(new SyncCursor(JsonValueKind.String, "\"opaque\""), request.SyncedAt);
        Assert.Null(request.NextToken);
        Assert.Contains("\"Service\":\"orders-api\"", request.Body, StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.InRange(request.ReceivedAt, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task WaitForListRequest_ClientPollsLater_CompletesWithThatRequest()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);

        var wait = api.WaitForListRequestAsync(r => r.InstrumentationType == "PROBE", TimeSpan.FromSeconds(15));
        await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "BREAKPOINT"));
        Assert.False(wait.IsCompleted);
        await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        Assert.Equal("PROBE", (await wait).InstrumentationType);
    }

    [Fact]
    public async Task WaitForListRequests_TooFewArrive_ThrowsTimeoutListingThem()
    {
        await using var api = await MockConfigApi.StartAsync();
        using var client = new ConfigApiTestClient(api.ApiUrl);
        await client.ListAsync(ConfigApiTestClient.ListRequest(Service, Environment, "PROBE"));

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            api.WaitForListRequestsAsync(_ => true, 2, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("Expected 2 matching list request(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("list PROBE for 'orders-api'/'prod'", error.Message, StringComparison.Ordinal);
    }
}
