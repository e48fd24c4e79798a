namespace Distro.Benchmarks.Service;

/// <summary>
/// The endpoint under load: <c>POST /api/inventory/reservations</c>, whose handler calls <c>StockService.Reserve</c>
/// (five arguments, an object returned), and the probe file that arms a PROBE on that method.
/// </summary>
internal static class HotEndpoint
{
    public const string Path = "/api/inventory/reservations?allowBackorder=false";

    public const string Body =
        """{"sku":"SKU-1","quantity":5,"warehouse":{"code":"BER","city":"Berlin","bins":[{"location":"A1","quantity":3},{"location":"B2","quantity":4}]},"tags":["gift","fragile"]}""";

    /// <summary>The wrk script that turns its requests into this POST.</summary>
    public const string WrkScript = $"""
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.body = '{Body}'
        """;

    public const string ProbeFile = """
        {"LatestConfigurations": [{
          "InstrumentationType": "PROBE", "SignalType": "SNAPSHOT", "LocationHash": "benchmark-reserve",
          "CreatedAt": "2026-11-20T10:00:00Z",
          "Location": {"CodeLocation": {"Language": "Dotnet", "CodeUnit": "MinimalApi.App.Probes", "ClassName": "StockService",
                                        "MethodName": "Reserve", "FilePath": "Probes/StockService.cs", "LineNumber": 0}},
          "CaptureConfiguration": {"CodeCapture": {"CaptureArguments": [], "CaptureReturn": true, "CaptureStackTrace": false}}}]}
        """;
}
