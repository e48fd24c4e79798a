using Distro.Contract.Tests.Frameworks.Harness;
using static Distro.Contract.Tests.Frameworks.Harness.ExpectedCapture;

namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>The contract scenarios on MinimalApi.App: what they probe there and what the snapshots must hold.</summary>
public abstract partial class MinimalApiScenarios(MinimalApiApp app) : FrameworkContractTests(app)
{
    private const string CodeUnit = "MinimalApi.App.Probes";
    private const string Models = "MinimalApi.App.Models";
    private const string Reserved = """200 {"sku":"SKU-1","reserved":5,"available":7,"backordered":false,"label":"BER/SKU-1 [gift,fragile]"}""";

    private static readonly ProbeLocation s_reserve = new(CodeUnit, "StockService", "Reserve", "Probes/StockService.cs");
    private static readonly ProbeLocation s_handlers = new(CodeUnit, "InventoryHandlers", "Reserve", "Probes/InventoryHandlers.cs");
    private static readonly string s_note = LongValues.Note(2000);
    private static readonly int[] s_counts = LongValues.Counts(200);

    protected override FrameworkTargets Targets { get; } = new()
    {
        Priced = new ProbeCase(s_reserve, app.ReserveAsync, Reserved, [
            Value("captures.entry.arguments.this.type", $"{CodeUnit}.StockService"),
            Value("captures.entry.arguments.sku.type", "System.String"),
            Value("captures.entry.arguments.sku.value", "SKU-1"),
            Value("captures.entry.arguments.quantity.type", "System.Int32"),
            Value("captures.entry.arguments.quantity.value", "5"),
            Value("captures.entry.arguments.allowBackorder.type", "System.Boolean"),
            Value("captures.entry.arguments.allowBackorder.value", "false"),
            Value("captures.entry.arguments.warehouse.type", $"{Models}.Warehouse"),
            Value("captures.entry.arguments.warehouse.fields.Code.value", "BER"),
            Count("captures.entry.arguments.warehouse.fields.Bins.elements", 2),
            Value("captures.entry.arguments.tags.type", "System.Collections.Generic.List<System.String>"),
            Value("captures.entry.arguments.tags.elements.1.value", "fragile"),
            Value("captures.return.return_value.type", $"{Models}.Reservation"),
            Value("captures.return.return_value.fields.Reserved.value", "5"),
            Value("captures.return.return_value.fields.Available.value", "7"),
            Value("captures.return.return_value.fields.Label.value", "BER/SKU-1 [gift,fragile]"),
            Value("captures.return.locals.available.value", "7"),
        ]),
        PricedCaller = s_handlers,
        PricedCallerCaptures = [
            Value("captures.entry.arguments.request.type", $"{Models}.ReservationRequest"),
            Value("captures.entry.arguments.request.fields.Sku.value", "SKU-1"),
            Value("captures.entry.arguments.request.fields.Quantity.value", "5"),
            Value("captures.entry.arguments.request.fields.Warehouse.type", $"{Models}.Warehouse"),
            Value("captures.entry.arguments.request.fields.Warehouse.fields.City.value", "Berlin"),
            Count("captures.entry.arguments.request.fields.Warehouse.fields.Bins.elements", 2),
            Value("captures.entry.arguments.request.fields.Tags.type", "System.Collections.Generic.List<System.String>"),
            Value("captures.entry.arguments.request.fields.Tags.elements.0.value", "gift"),
            Value("captures.entry.arguments.stock.type", $"{CodeUnit}.StockService"),
            Value("captures.entry.arguments.allowBackorder.value", "false"),
        ],
        PricedReturnLine = new ProbeCase(s_reserve.AtLine(30), app.ReserveAsync, Reserved, [
            Value("captures.lines.30.arguments.sku.value", "SKU-1"),
            Value("captures.lines.30.locals.available.type", "System.Int32"),
            Value("captures.lines.30.locals.available.value", "7"),
            Value("captures.lines.30.locals.label.value", "BER/SKU-1 [gift,fragile]"),
            Value("captures.lines.30.locals.reserved.value", "5"),
            Value("captures.lines.30.locals.reservation.type", $"{Models}.Reservation"),
            Value("captures.lines.30.locals.reservation.fields.Backordered.value", "false"),
        ]),
        // The /hello route handler: a lambda that captured its enclosing method's defaultGreeting parameter.
        HandlerLine = new ProbeCase(new ProbeLocation(CodeUnit, "GreetingEndpoints", "MapGreetings", "Probes/GreetingEndpoints.cs", 15), app.GreetAsync, "200 Hi, Ada!", [
            Value("captures.lines.15.arguments.name.type", "System.String"),
            Value("captures.lines.15.arguments.name.value", "Ada"),
            Value("captures.lines.15.arguments.greeting.value", "Hi"),
            Value("captures.lines.15.locals.salutation.type", "System.String"),
            Value("captures.lines.15.locals.salutation.value", "Hi"),
            Value("captures.lines.15.locals.message.value", "Hi, Ada!"),
            Value("captures.lines.15.locals.defaultGreeting.type", "System.String"),
            Value("captures.lines.15.locals.defaultGreeting.value", "Hello"),
        ]),
        Throwing = new ProbeCase(s_handlers with { MethodName = "Recall" }, app.RecallAsync, "500 ", [
            Value("captures.entry.arguments.sku.value", "SKU-1"),
            Value("captures.entry.arguments.reason.value", "defect"),
            Value("captures.return.throwable.type", "System.InvalidOperationException"),
            Value("captures.return.throwable.message", "Recall of SKU-1 refused: defect"),
        ]),
        AsyncHandler = new ProbeCase(
            s_handlers with { MethodName = "GetLevelAsync" },
            app.GetLevelAsync,
            """200 {"sku":"SKU-1","warehouse":"PAR","quantity":4}""",
            [
                Value("captures.entry.arguments.sku.value", "SKU-1"),
                Value("captures.entry.arguments.warehouse.value", "PAR"),
                Value("captures.return.return_value.type", $"{Models}.StockLevel"),
                Value("captures.return.return_value.fields.Warehouse.value", "PAR"),
                Value("captures.return.return_value.fields.Quantity.value", "4"),
            ]),
        Limits = new CaptureLimitCase(
            s_reserve with { MethodName = "Audit" },
            trace => app.AuditAsync(trace, s_note, s_counts),
            "note",
            s_note,
            "counts",
            s_counts.Length),
    };
}
