using Distro.Contract.Tests.Frameworks.Harness;
using static Distro.Contract.Tests.Frameworks.Harness.ExpectedCapture;

namespace Distro.Contract.Tests.Frameworks.Mvc;

/// <summary>The contract scenarios on Mvc.App: what they probe there and what the snapshots must hold.</summary>
public sealed class MvcContractTests(MvcApp app) : FrameworkContractTests(app), IClassFixture<MvcApp>
{
    private const string CodeUnit = "Mvc.App.Probes";
    private const string Models = "Mvc.App.Models";
    private const string CreatedOrder =
        """200 [X-Mvc-Action: Create] {"customerId":"c-1","itemCount":3,"subtotal":44.48,"discount":{"rate":0.03,"reason":"loyalty 3y"},"total":55.6456,"currency":"USD"}""";

    private static readonly ProbeLocation s_priceOrder = new(CodeUnit, "PricingService", "PriceOrder", "Probes/PricingService.cs");
    private static readonly ProbeLocation s_create = new(CodeUnit, "OrdersController", "Create", "Probes/OrdersController.cs");
    private static readonly string s_note = LongValues.Note(1500);
    private static readonly int[] s_quantities = LongValues.Counts(150);

    protected override FrameworkTargets Targets { get; } = new()
    {
        Priced = new ProbeCase(s_priceOrder, app.CreateOrderAsync, CreatedOrder, [
            Value("captures.entry.arguments.this.type", $"{CodeUnit}.PricingService"),
            Value("captures.entry.arguments.this.fields._homeCountry.value", "US"),
            Value("captures.entry.arguments.customerId.type", "System.String"),
            Value("captures.entry.arguments.customerId.value", "c-1"),
            Value("captures.entry.arguments.loyaltyYears.type", "System.Int32"),
            Value("captures.entry.arguments.loyaltyYears.value", "3"),
            Value("captures.entry.arguments.express.type", "System.Boolean"),
            Value("captures.entry.arguments.express.value", "true"),
            Value("captures.entry.arguments.shipTo.type", $"{Models}.Address"),
            Value("captures.entry.arguments.shipTo.fields.City.value", "Springfield"),
            Value("captures.entry.arguments.lines.type", $"System.Collections.Generic.List<{Models}.OrderLine>"),
            Count("captures.entry.arguments.lines.elements", 2),
            Value("captures.entry.arguments.lines.elements.1.fields.UnitPrice.value", "24.5"),
            Value("captures.return.return_value.type", $"{Models}.PriceQuote"),
            Value("captures.return.return_value.fields.ItemCount.value", "3"),
            Value("captures.return.return_value.fields.Discount.fields.Reason.value", "loyalty 3y"),
            Value("captures.return.return_value.fields.Total.value", "55.6456"),
            Value("captures.return.locals.currency.value", "USD"),
        ]),
        PricedCaller = s_create,
        PricedCallerCaptures = [
            Value("captures.entry.arguments.request.type", $"{Models}.OrderRequest"),
            Value("captures.entry.arguments.request.fields.CustomerId.value", "c-1"),
            Value("captures.entry.arguments.request.fields.LoyaltyYears.value", "3"),
            Value("captures.entry.arguments.request.fields.ShipTo.type", $"{Models}.Address"),
            Value("captures.entry.arguments.request.fields.ShipTo.fields.Street.value", "1 Main St"),
            Count("captures.entry.arguments.request.fields.Lines.elements", 2),
            Value("captures.entry.arguments.request.fields.Lines.elements.0.fields.Sku.value", "SKU-1"),
            Value("captures.entry.arguments.request.fields.Lines.elements.1.fields.Quantity.value", "1"),
            Value("captures.entry.arguments.express.value", "true"),
        ],
        PricedReturnLine = new ProbeCase(s_priceOrder.AtLine(29), app.CreateOrderAsync, CreatedOrder, [
            Value("captures.lines.29.arguments.customerId.value", "c-1"),
            Value("captures.lines.29.locals.subtotal.type", "System.Decimal"),
            Value("captures.lines.29.locals.subtotal.value", "44.48"),
            Value("captures.lines.29.locals.itemCount.value", "3"),
            Value("captures.lines.29.locals.currency.value", "USD"),
            Value("captures.lines.29.locals.discount.type", $"{Models}.Discount"),
            Value("captures.lines.29.locals.discount.fields.Rate.value", "0.03"),
            Value("captures.lines.29.locals.total.value", "55.6456"),
        ]),
        HandlerLine = new ProbeCase(s_create.AtLine(27), app.CreateOrderAsync, CreatedOrder, [
            Value("captures.lines.27.arguments.this.type", $"{CodeUnit}.OrdersController"),
            Value("captures.lines.27.arguments.request.fields.CustomerId.value", "c-1"),
            Value("captures.lines.27.arguments.express.value", "true"),
            Value("captures.lines.27.locals.quote.type", $"{Models}.PriceQuote"),
            Value("captures.lines.27.locals.quote.fields.ItemCount.value", "3"),
            Value("captures.lines.27.locals.quote.fields.Total.value", "55.6456"),
        ]),
        Throwing = new ProbeCase(s_create with { MethodName = "Reject" }, app.RejectOrderAsync, "500 [no X-Mvc-Action] ", [
            Value("captures.entry.arguments.id.value", "7"),
            Value("captures.entry.arguments.reason.value", "fraud"),
            Value("captures.return.throwable.type", "System.InvalidOperationException"),
            Value("captures.return.throwable.message", "Order 7 rejected: fraud"),
        ]),
        AsyncHandler = new ProbeCase(
            s_create with { MethodName = "GetAsync" },
            app.GetOrderAsync,
            """200 [X-Mvc-Action: Get] {"id":1,"customerId":"c-100","lineCount":2,"total":44.48,"currency":"USD"}""",
            [
                Value("captures.entry.arguments.id.value", "1"),
                Value("captures.entry.arguments.currency.value", "USD"),
                Value("captures.return.return_value.type", $"Microsoft.AspNetCore.Mvc.ActionResult<{Models}.OrderSummary>"),
                Value("captures.return.return_value.fields.Value.type", $"{Models}.OrderSummary"),
                Value("captures.return.return_value.fields.Value.fields.Total.value", "44.48"),
                Value("captures.return.return_value.fields.Value.fields.Currency.value", "USD"),
            ]),
        Limits = new CaptureLimitCase(
            s_priceOrder with { MethodName = "Summarize" },
            trace => app.SummarizeAsync(trace, s_note, s_quantities),
            "note",
            s_note,
            "quantities",
            s_quantities.Length),
    };
}
