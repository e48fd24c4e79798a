using System.Net;
using System.Text.Json;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks.Mvc;

/// <summary>
/// Mvc.App (MVC controllers) under the distro, and the requests that reach its probe targets. Every answer is described
/// with the header that the app's action filter sets, so that a probe that kept MVC's filters from running shows.
/// </summary>
public sealed class MvcApp() : FrameworkApp("Mvc.App", "contract-mvc", HttpVersion.Version11)
{
    public const string OrderJson =
        """{"customerId":"c-1","loyaltyYears":3,"shipTo":{"street":"1 Main St","city":"Springfield","country":"US"},"lines":[{"sku":"SKU-1","quantity":2,"unitPrice":9.99},{"sku":"SKU-2","quantity":1,"unitPrice":24.5}]}""";

    private const string ActionNameHeader = "X-Mvc-Action";

    /// <summary>
    /// One configuration a page: the distro must follow NextToken to see a set of two, such as a probe and the caller
    /// probe that the scenarios place after it.
    /// </summary>
    protected override int? ConfigurationsPerPage => 1;

    public Task<string> CreateOrderAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Post, "/orders?express=true", trace, OrderJson, ActionNameHeader);

    public Task<string> GetOrderAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Get, "/orders/1?currency=USD", trace, describedHeader: ActionNameHeader);

    public Task<string> RejectOrderAsync(TraceParent trace) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Post, "/orders/7/reject?reason=fraud", trace, describedHeader: ActionNameHeader);

    public Task<string> SummarizeAsync(TraceParent trace, string note, int[] quantities) =>
        HttpCalls.SendAsync(Process.Client, HttpMethod.Post, "/orders/summaries", trace, JsonSerializer.Serialize(new { note, quantities }), ActionNameHeader);
}
