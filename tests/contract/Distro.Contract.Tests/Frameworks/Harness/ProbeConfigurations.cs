using System.Globalization;
using System.Text.Json.Nodes;
using Distro.Contract.Mocks.ConfigApi;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>Configurations in the shape the config API serves them, capturing every argument and local.</summary>
internal static class ProbeConfigurations
{
    // Long enough for any run of the suite; the distro disables a breakpoint past its ExpiresAt.
    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(1);

    public static JsonObject Method(InstrumentationType type, string locationHash, ProbeLocation location, ProbeLimits? limits = null) =>
        Of(type, locationHash, location with { LineNumber = 0 }, limits);

    /// <summary>A line probe: a BREAKPOINT whose location names a line.</summary>
    public static JsonObject Line(string locationHash, ProbeLocation location, ProbeLimits? limits = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(location.LineNumber, 1);
        return Of(InstrumentationType.Breakpoint, locationHash, location, limits);
    }

    private static JsonObject Of(InstrumentationType type, string locationHash, ProbeLocation location, ProbeLimits? limits)
    {
        var createdAt = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["InstrumentationType"] = type == InstrumentationType.Probe ? "PROBE" : "BREAKPOINT",
            ["SignalType"] = "SNAPSHOT",
            ["LocationHash"] = locationHash,
            ["CreatedAt"] = Timestamp(createdAt),
            ["ExpiresAt"] = Timestamp(createdAt + s_lifetime),
            ["Location"] = new JsonObject
            {
                ["CodeLocation"] = new JsonObject
                {
                    ["Language"] = "Dotnet",
                    ["CodeUnit"] = location.CodeUnit,
                    ["ClassName"] = location.ClassName,
                    ["MethodName"] = location.MethodName,
                    ["FilePath"] = location.FilePath,
                    ["LineNumber"] = location.LineNumber,
                },
            },
            ["CaptureConfiguration"] = new JsonObject
            {
                ["CodeCapture"] = new JsonObject
                {
                    ["CaptureArguments"] = new JsonArray(),
                    ["CaptureLocals"] = new JsonArray(),
                    ["CaptureReturn"] = true,
                    ["CaptureStackTrace"] = false,
                    ["CaptureLimits"] = LimitsOf(limits),
                },
            },
        };
    }

    private static JsonObject LimitsOf(ProbeLimits? limits)
    {
        var json = new JsonObject();
        if (limits?.MaxHits is { } maxHits)
        {
            json["MaxHits"] = maxHits;
        }

        if (limits?.MaxStringLength is { } maxStringLength)
        {
            json["MaxStringLength"] = maxStringLength;
        }

        if (limits?.MaxCollectionWidth is { } maxCollectionWidth)
        {
            json["MaxCollectionWidth"] = maxCollectionWidth;
        }

        return json;
    }

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
