using System.Net;
using System.Text.Json;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>MinimalApi.App (minimal API handlers) under the distro, and the requests that reach its probe targets.</summary>
public class MinimalApiApp : FrameworkApp
{
    public const string ReservationJson =
        """{"sku":"SKU-1","quantity":5,"warehouse":{"code":"BER","city":"Berlin","bins":[{"location":"A1","quantity":3},{"location":"B2","quantity":4}]},"tags":["gift","fragile"]}""";

    /// <summary>How many stock levels <see cref="StreamLevelsAsync"/> asks for.</summary>
    public const int StreamedLevelCount = 5;

    public MinimalApiApp()
        : this("MinimalApi.App", "contract-minimal-api")
    {
    }

    protected MinimalApiApp(string appName, string serviceName)
        : base(appName, serviceName, HttpVersion.Version11)
    {
    }

    public Task<string> GreetAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Get, "/hello/Ada?greeting=Hi", trace);

    public Task<string> ReserveAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Post, "/api/inventory/reservations?allowBackorder=false", trace, ReservationJson);

    public Task<string> GetLevelAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Get, "/api/inventory/SKU-1?warehouse=PAR", trace);

    /// <summary>Reads the whole streamed JSON array, however many chunks it comes in.</summary>
    public Task<string> StreamLevelsAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Get, $"/api/inventory/SKU-1/levels?count={StreamedLevelCount}", trace);

    public Task<string> RecallAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Post, "/api/inventory/SKU-1/recall?reason=defect", trace);

    public Task<string> AuditAsync(TraceParent trace, string note, int[] counts) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Post, "/api/inventory/audits", trace, JsonSerializer.Serialize(new { note, counts }));
}
