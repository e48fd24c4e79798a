using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Distro.Contract.Tests.Mocks;

/// <summary>A minimal client of the DI configuration API wire protocol, to drive a mock or check its answers.</summary>
internal sealed class ConfigApiTestClient(string apiUrl) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static JsonObject ListRequest(
        string service, string environment, string instrumentationType, JsonNode? syncedAt = null, string? nextToken = null)
    {
        var request = new JsonObject
        {
            ["Service"] = service,
            ["Environment"] = environment,
            ["InstrumentationType"] = instrumentationType,
        };
        if (syncedAt is not null)
        {
            request["SyncedAt"] = syncedAt.DeepClone();
        }

        if (nextToken is not null)
        {
            request["NextToken"] = nextToken;
        }

        return request;
    }

    public Task<ConfigApiAnswer> ListAsync(JsonObject request, CancellationToken cancellationToken = default) =>
        PostAsync("/list-instrumentation-configurations", request.ToJsonString(), cancellationToken);

    public Task<ConfigApiAnswer> ReportAsync(JsonObject report) =>
        PostAsync("/report-instrumentation-configuration-status", report.ToJsonString());

    public async Task<ConfigApiAnswer> PostAsync(string path, string body, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(apiUrl + path), content, cancellationToken);
        return new ConfigApiAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An answer of the configuration API: its status and body text.</summary>
internal sealed record ConfigApiAnswer(HttpStatusCode Status, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public IReadOnlyList<string> LocationHashes =>
        [.. Json["LatestConfigurations"]!.AsArray().Select(c => c!["LocationHash"]!.GetValue<string>())];
}
