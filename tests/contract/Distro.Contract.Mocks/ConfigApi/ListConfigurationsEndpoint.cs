using System.Text.Json.Nodes;
using Distro.Contract.Mocks.Hosting;

namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>
/// POST /list-instrumentation-configurations. Per (Service, Environment, InstrumentationType): 404 when the
/// set is empty (unless turned off), Changed:false when the echoed SyncedAt is the current cursor, else
/// Changed:true with the full set, paged by NextToken when a page size is set (the cursor on the last page).
/// </summary>
internal static class ListConfigurationsEndpoint
{
    public const string Path = "/list-instrumentation-configurations";

    public static async Task HandleAsync(HttpContext http, ConfigApiState state)
    {
        var arrivedAt = DateTimeOffset.UtcNow;
        var body = await ConfigApiJson.ReadBodyAsync(http).ConfigureAwait(false);
        var json = ConfigApiJson.ParseObject(body);
        ConfigApiFault? fault = state.Faults.TryTake(ConfigApiEndpoint.ListConfigurations, out var scheduled) ? scheduled : null;
        var request = new RecordedListRequest
        {
            Service = ConfigApiJson.StringOf(json, "Service"),
            Environment = ConfigApiJson.StringOf(json, "Environment"),
            InstrumentationType = ConfigApiJson.StringOf(json, "InstrumentationType"),
            SyncedAt = SyncCursor.From(json?["SyncedAt"]),
            NextToken = ConfigApiJson.StringOf(json, "NextToken"),
            Body = body,
            Headers = HeaderSnapshot.Of(http.Request.Headers),
            Fault = fault,
            ReceivedAt = arrivedAt,
        };
        state.ListRequests.Add(request);

        if (fault is { } injected)
        {
            await ConfigApiFaultResponder.RespondAsync(http, injected, state.Stopping).ConfigureAwait(false);
            return;
        }

        if (request.Service is null || request.Environment is null ||
            !InstrumentationTypeNames.TryParse(request.InstrumentationType, out var type))
        {
            await ConfigApiJson.WriteErrorAsync(
                http,
                StatusCodes.Status400BadRequest,
                "Service, Environment and InstrumentationType (PROBE or BREAKPOINT) are required").ConfigureAwait(false);
            return;
        }

        var settings = state.Settings;
        PendingPage page;
        if (request.NextToken is not null)
        {
            if (!state.Tokens.TryGet(request.NextToken, out page))
            {
                await ConfigApiJson.WriteErrorAsync(http, StatusCodes.Status400BadRequest, "unknown NextToken").ConfigureAwait(false);
                return;
            }
        }
        else
        {
            var set = state.Sets.Get(new ConfigurationSetKey(request.Service, request.Environment, type));
            if (set.Items.Count == 0 && settings.NotFoundWhenEmpty)
            {
                await ConfigApiJson.WriteErrorAsync(
                    http,
                    StatusCodes.Status404NotFound,
                    $"no {request.InstrumentationType} configurations for '{request.Service}' in '{request.Environment}'").ConfigureAwait(false);
                return;
            }

            var cursor = CursorFormat.ToJson(set.Version, settings.CursorKind);
            if (SyncCursor.From(cursor) == request.SyncedAt)
            {
                await ConfigApiJson.WriteAsync(http, StatusCodes.Status200OK, Unchanged(cursor, settings)).ConfigureAwait(false);
                return;
            }

            page = new PendingPage(set, Offset: 0);
        }

        await ConfigApiJson.WriteAsync(http, StatusCodes.Status200OK, Page(page, settings, state.Tokens)).ConfigureAwait(false);
    }

    private static JsonObject Unchanged(JsonNode cursor, ListingSettings settings)
    {
        var response = new JsonObject { ["Changed"] = false, ["SyncedAt"] = cursor };
        AddSyncInterval(response, settings);
        return response;
    }

    private static JsonObject Page(PendingPage page, ListingSettings settings, PageTokens tokens)
    {
        var items = page.Set.Items.Skip(page.Offset).Take(settings.PageSize ?? int.MaxValue).ToList();
        var next = page.Offset + items.Count;
        var response = new JsonObject { ["Changed"] = true };

        // Only the last page carries the cursor: a client that echoes it must have read every page.
        if (next < page.Set.Items.Count)
        {
            response["NextToken"] = tokens.Issue(page with { Offset = next });
        }
        else
        {
            response["SyncedAt"] = CursorFormat.ToJson(page.Set.Version, settings.CursorKind);
        }

        AddSyncInterval(response, settings);
        response["LatestConfigurations"] = new JsonArray([.. items.Select(item => JsonNode.Parse(item.Json))]);
        return response;
    }

    private static void AddSyncInterval(JsonObject response, ListingSettings settings)
    {
        if (settings.SyncIntervalSeconds is { } seconds)
        {
            response["SyncInterval"] = seconds;
        }
    }
}
