using System.Text;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

/// <summary>Builds config API responses for the tests around the example configuration of the design.</summary>
internal static class ConfigJson
{
    public const string DesignExample = """
        {"InstrumentationType":"BREAKPOINT","SignalType":"SNAPSHOT","LocationHash":"h-123",
         "CreatedAt":"2026-11-20T10:00:00Z","ExpiresAt":"2026-11-21T10:00:00Z",
         "Location":{"CodeLocation":{"Language":"Dotnet","CodeUnit":"Shop.Api","ClassName":"OrdersController",
                     "MethodName":"Create","FilePath":"Controllers/OrdersController.cs","LineNumber":0}},
         "CaptureConfiguration":{"CodeCapture":{"CaptureArguments":[],"CaptureLocals":["total"],
             "CaptureReturn":true,"CaptureStackTrace":false,
             "CaptureLimits":{"MaxHits":100,"MaxStringLength":255,"MaxCollectionWidth":20,"MaxCollectionDepth":3,
                              "MaxObjectDepth":3,"MaxFieldsPerObject":20,"MaxStackFrames":20,"MaxStackTraceSize":200}}}}
        """;

    public const string DefaultCodeLocation = """{"Language":"Dotnet","CodeUnit":"Shop.Api","ClassName":"OrdersController","MethodName":"Create"}""";

    public static string Response(params string[] configurations) =>
        $$"""{"Changed":true,"SyncedAt":"c1","LatestConfigurations":[{{string.Join(",", configurations)}}]}""";

    /// <summary>A configuration with the given raw JSON fragments; <paramref name="extra"/> is appended as further properties.</summary>
    public static string Configuration(
        string type = "BREAKPOINT",
        string hash = "h-1",
        string createdAt = "\"2026-11-20T10:00:00Z\"",
        string codeLocation = DefaultCodeLocation,
        string? codeCapture = null,
        string extra = "")
    {
        var capture = codeCapture is null ? "" : $$""","CaptureConfiguration":{"CodeCapture":{{codeCapture}}}""";
        return $$"""{"InstrumentationType":"{{type}}","LocationHash":"{{hash}}","CreatedAt":{{createdAt}},"Location":{"CodeLocation":{{codeLocation}}}{{capture}}{{extra}}}""";
    }

    public static string WithLimits(string limits, string type = "BREAKPOINT") =>
        Configuration(type: type, codeCapture: $$"""{"CaptureLimits":{{limits}}}""");

    public static ConfigurationParseResult Parse(string json) => new ConfigurationParser().Parse(Encoding.UTF8.GetBytes(json));

    /// <summary>Parses a response holding one configuration and returns it, asserting it was kept.</summary>
    public static InstrumentationConfiguration Single(string configuration) => Single(configuration, out _);

    public static InstrumentationConfiguration Single(string configuration, out ConfigurationParseResult result)
    {
        result = Parse(Response(configuration));
        Assert.True(result.Succeeded, result.FailureReason);
        return Assert.Single(result.Configurations);
    }

    public static ConfigurationDiagnostic SingleDiagnostic(ConfigurationParseResult result, string pathSuffix) =>
        Assert.Single(result.Diagnostics, d => d.Path.EndsWith(pathSuffix, StringComparison.Ordinal));
}
