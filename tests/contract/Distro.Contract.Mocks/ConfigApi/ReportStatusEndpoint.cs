using System.Text.Json.Nodes;
using Distro.Contract.Mocks.Hosting;

namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>POST /report-instrumentation-configuration-status: records every batch, keeps the statuses of accepted ones.</summary>
internal static class ReportStatusEndpoint
{
    public const string Path = "/report-instrumentation-configuration-status";

    public static async Task HandleAsync(HttpContext http, ConfigApiState state)
    {
        var arrivedAt = DateTimeOffset.UtcNow;
        var body = await ConfigApiJson.ReadBodyAsync(http).ConfigureAwait(false);
        var json = ConfigApiJson.ParseObject(body);
        var service = ConfigApiJson.StringOf(json, "Service");
        var environment = ConfigApiJson.StringOf(json, "Environment");
        var statuses = json?["Configurations"] is JsonArray items
            ? items.Select(item => StatusOf(item as JsonObject, service, environment, arrivedAt)).ToList()
            : null;
        ConfigApiFault? fault = state.Faults.TryTake(ConfigApiEndpoint.ReportStatus, out var scheduled) ? scheduled : null;
        var rejection = fault is not null ? $"fault {fault}"
            : statuses is null ? "unreadable body: a Configurations array is required"
            : null;
        state.StatusReports.Add(new StatusReport
        {
            Service = service,
            Environment = environment,
            Statuses = statuses ?? [],
            Body = body,
            Headers = HeaderSnapshot.Of(http.Request.Headers),
            Fault = fault,
            Rejection = rejection,
            ReceivedAt = arrivedAt,
        });

        if (fault is { } injected)
        {
            await ConfigApiFaultResponder.RespondAsync(http, injected, state.Stopping).ConfigureAwait(false);
            return;
        }

        if (statuses is null)
        {
            await ConfigApiJson.WriteErrorAsync(http, StatusCodes.Status400BadRequest, rejection!).ConfigureAwait(false);
            return;
        }

        state.Statuses.AddRange(statuses);
        await ConfigApiJson.WriteAsync(http, StatusCodes.Status200OK, new JsonObject()).ConfigureAwait(false);
    }

    private static ReportedStatus StatusOf(JsonObject? item, string? service, string? environment, DateTimeOffset receivedAt) => new()
    {
        Service = service,
        Environment = environment,
        InstrumentationType = ConfigApiJson.StringOf(item, "InstrumentationType"),
        SignalType = ConfigApiJson.StringOf(item, "SignalType"),
        LocationHash = ConfigApiJson.StringOf(item, "LocationHash"),
        Status = ConfigApiJson.StringOf(item, "Status"),
        Time = ConfigApiJson.TextOf(item, "Time"),
        ErrorCause = ConfigApiJson.StringOf(item, "ErrorCause"),
        ReceivedAt = receivedAt,
    };
}
