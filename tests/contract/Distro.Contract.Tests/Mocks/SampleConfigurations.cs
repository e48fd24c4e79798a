using System.Text.Json.Nodes;

namespace Distro.Contract.Tests.Mocks;

/// <summary>Configurations in the shape the agent serves, varied only where a test needs it.</summary>
internal static class SampleConfigurations
{
    public static JsonObject Breakpoint(string locationHash, string createdAt = "2026-11-20T10:00:00Z", int line = 0) =>
        Of("BREAKPOINT", locationHash, createdAt, line);

    public static JsonObject Probe(string locationHash, string createdAt = "2026-11-20T10:00:00Z") =>
        Of("PROBE", locationHash, createdAt, line: 0);

    private static JsonObject Of(string type, string locationHash, string createdAt, int line) => new()
    {
        ["InstrumentationType"] = type,
        ["SignalType"] = "SNAPSHOT",
        ["LocationHash"] = locationHash,
        ["CreatedAt"] = createdAt,
        ["ExpiresAt"] = "2026-11-21T10:00:00Z",
        ["Location"] = new JsonObject
        {
            ["CodeLocation"] = new JsonObject
            {
                ["Language"] = "Dotnet",
                ["CodeUnit"] = "Shop.Api",
                ["ClassName"] = "OrdersController",
                ["MethodName"] = "Create",
                ["FilePath"] = "Controllers/OrdersController.cs",
                ["LineNumber"] = line,
            },
        },
        ["CaptureConfiguration"] = new JsonObject
        {
            ["CodeCapture"] = new JsonObject
            {
                ["CaptureArguments"] = new JsonArray(),
                ["CaptureLocals"] = new JsonArray("total"),
                ["CaptureReturn"] = true,
                ["CaptureStackTrace"] = false,
                ["CaptureLimits"] = new JsonObject { ["MaxHits"] = 100, ["MaxStringLength"] = 255 },
            },
        },
    };
}
