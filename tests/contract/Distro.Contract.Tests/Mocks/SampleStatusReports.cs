using System.Text.Json.Nodes;

namespace Distro.Contract.Tests.Mocks;

/// <summary>Batches for report-instrumentation-configuration-status, in the shape the agent expects.</summary>
internal static class SampleStatusReports
{
    public static JsonObject Report(params JsonObject[] statuses) => new()
    {
        ["Service"] = "orders-api",
        ["Environment"] = "prod",
        ["Configurations"] = new JsonArray([.. statuses]),
    };

    public static JsonObject Status(string locationHash, string status, string? errorCause = null)
    {
        var item = new JsonObject
        {
            ["InstrumentationType"] = "BREAKPOINT",
            ["SignalType"] = "SNAPSHOT",
            ["LocationHash"] = locationHash,
            ["Status"] = status,
            ["Time"] = "2026-11-20T10:00:01Z",
        };
        if (errorCause is not null)
        {
            item["ErrorCause"] = errorCause;
        }

        return item;
    }
}
