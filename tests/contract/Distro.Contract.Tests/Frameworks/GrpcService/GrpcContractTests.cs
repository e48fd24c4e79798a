using Distro.Contract.Tests.Frameworks.Harness;
using Google.Protobuf;
using Grpc.App.Protos;
using static Distro.Contract.Tests.Frameworks.Harness.ExpectedCapture;

namespace Distro.Contract.Tests.Frameworks.GrpcService;

/// <summary>The contract scenarios on Grpc.App: what they probe there and what the snapshots must hold.</summary>
public sealed partial class GrpcContractTests(GrpcApp app) : FrameworkContractTests(app), IClassFixture<GrpcApp>
{
    private const string CodeUnit = "Grpc.App.Probes";
    private const string Protos = "Grpc.App.Protos";

    private static readonly ProbeLocation s_rates = new(CodeUnit, "RateCalculator", "Quote", "Probes/RateCalculator.cs");
    private static readonly ProbeLocation s_service = new(CodeUnit, "ShippingService", "Quote", "Probes/ShippingService.cs");
    private static readonly string s_quoted = JsonFormatter.ToDiagnosticString(new QuoteReply
    {
        CustomerId = "c-1",
        Zone = 1,
        ParcelCount = 2,
        TotalWeightGrams = 2000,
        Price = 19.4,
        Currency = "USD",
    });

    private static readonly string s_note = LongValues.Note(1500);
    private static readonly int[] s_counts = LongValues.Counts(150);

    protected override FrameworkTargets Targets { get; } = new()
    {
        Priced = new ProbeCase(s_rates, app.QuoteAsync, s_quoted, [
            Value("captures.entry.arguments.this.type", $"{CodeUnit}.RateCalculator"),
            Value("captures.entry.arguments.customerId.type", "System.String"),
            Value("captures.entry.arguments.customerId.value", "c-1"),
            Value("captures.entry.arguments.zone.type", "System.Int32"),
            Value("captures.entry.arguments.zone.value", "1"),
            Value("captures.entry.arguments.express.value", "true"),
            Value("captures.entry.arguments.destination.type", $"{Protos}.Address"),
            Value("captures.entry.arguments.destination.fields.country_.value", "US"),
            Value("captures.entry.arguments.parcels.type", $"System.Collections.Generic.List<{Protos}.Parcel>"),
            Count("captures.entry.arguments.parcels.elements", 2),
            Value("captures.return.return_value.type", $"{Protos}.QuoteReply"),
            Value("captures.return.return_value.fields.totalWeightGrams_.value", "2000"),
            Value("captures.return.return_value.fields.price_.value", "19.4"),
            Value("captures.return.locals.currency.value", "USD"),
        ]),
        PricedCaller = s_service,
        PricedCallerCaptures = [
            Value("captures.entry.arguments.request.type", $"{Protos}.QuoteRequest"),
            Value("captures.entry.arguments.request.fields.customerId_.value", "c-1"),
            Value("captures.entry.arguments.request.fields.express_.value", "true"),
            Value("captures.entry.arguments.request.fields.destination_.type", $"{Protos}.Address"),
            Value("captures.entry.arguments.request.fields.destination_.fields.city_.value", "Springfield"),
        ],
        PricedReturnLine = new ProbeCase(s_rates.AtLine(30), app.QuoteAsync, s_quoted, [
            Value("captures.lines.30.arguments.customerId.value", "c-1"),
            Value("captures.lines.30.locals.totalWeight.type", "System.Int32"),
            Value("captures.lines.30.locals.totalWeight.value", "2000"),
            Value("captures.lines.30.locals.declared.type", "System.Double"),
            Value("captures.lines.30.locals.declared.value", "70"),
            Value("captures.lines.30.locals.currency.value", "USD"),
            Value("captures.lines.30.locals.tariff.type", "Grpc.App.Pricing.Tariff"),
            Value("captures.lines.30.locals.tariff.fields.RatePerKilo.value", "9"),
            Value("captures.lines.30.locals.price.value", "19.4"),
        ]),
        // A line of the async service method after its await: destination, assigned before the await, lives in a field
        // of the state machine; zone is the awaited result.
        HandlerLine = new ProbeCase(s_service.AtLine(28), app.QuoteAsync, s_quoted, [
            Value("captures.lines.28.arguments.this.type", $"{CodeUnit}.ShippingService"),
            Value("captures.lines.28.arguments.request.type", $"{Protos}.QuoteRequest"),
            Value("captures.lines.28.arguments.request.fields.customerId_.value", "c-1"),
            Value("captures.lines.28.locals.destination.type", $"{Protos}.Address"),
            Value("captures.lines.28.locals.destination.fields.country_.value", "US"),
            Value("captures.lines.28.locals.zone.type", "System.Int32"),
            Value("captures.lines.28.locals.zone.value", "1"),
        ]),
        Throwing = new ProbeCase(
            s_service with { MethodName = "Cancel" },
            app.CancelAsync,
            "FailedPrecondition: Shipment s-1 cannot be cancelled: late",
            [
                Value("captures.entry.arguments.request.fields.shipmentId_.value", "s-1"),
                Value("captures.entry.arguments.request.fields.reason_.value", "late"),
                Value("captures.return.throwable.type", "Grpc.Core.RpcException"),
                Value("captures.return.throwable.message", "Status(StatusCode=\"FailedPrecondition\", Detail=\"Shipment s-1 cannot be cancelled: late\")"),
            ]),
        AsyncHandler = new ProbeCase(s_service, app.QuoteAsync, s_quoted, [
            Value("captures.entry.arguments.request.type", $"{Protos}.QuoteRequest"),
            Value("captures.entry.arguments.request.fields.customerId_.value", "c-1"),
            Value("captures.return.return_value.type", $"{Protos}.QuoteReply"),
            Value("captures.return.return_value.fields.zone_.value", "1"),
            Value("captures.return.return_value.fields.price_.value", "19.4"),
        ]),
        Limits = new CaptureLimitCase(
            s_rates with { MethodName = "Audit" },
            trace => app.AuditAsync(trace, s_note, s_counts),
            "note",
            s_note,
            "counts",
            s_counts.Length),
    };
}
