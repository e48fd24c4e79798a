using Sample.Service.Probes;

// A small pricing service for the demo:
//   curl 'http://127.0.0.1:5080/quote?customer=c-42&quantity=3&coupon=WINTER'
//   curl http://127.0.0.1:5080/healthz
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<PricingService>();

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapGet("/quote", (string customer, int quantity, string? coupon, PricingService pricing) =>
    pricing.Quote(new QuoteRequest(customer, quantity, coupon)));
app.Run();
