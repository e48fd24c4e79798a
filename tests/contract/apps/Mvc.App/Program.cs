// Mvc.App: an ASP.NET Core MVC application that the contract tests launch through instrument.sh and probe.
//   dotnet Mvc.App.dll --urls http://127.0.0.1:5123        (or ASPNETCORE_URLS; stops on SIGTERM or Ctrl-C)
// Endpoints (probe targets and their lines: tests/contract/apps/README.md):
//   GET  /healthz                    curl http://127.0.0.1:5123/healthz
//   POST /orders?express=true        curl -H 'Content-Type: application/json' -d '{"customerId":"c-1","loyaltyYears":3,"shipTo":{"street":"1 Main St","city":"Springfield","country":"US"},"lines":[{"sku":"SKU-1","quantity":2,"unitPrice":9.99}]}' 'http://127.0.0.1:5123/orders?express=true'
//   GET  /orders/{id}?currency=USD   curl 'http://127.0.0.1:5123/orders/1?currency=USD'   (ids 1-3 exist; others answer 404)
//   POST /orders/{id}/reject?reason= curl -i -X POST 'http://127.0.0.1:5123/orders/7/reject?reason=fraud'   (always 500)
//   POST /orders/summaries           curl -H 'Content-Type: application/json' -d '{"note":"long text","quantities":[1,2,3]}' http://127.0.0.1:5123/orders/summaries
// An action filter names the action in the header X-Mvc-Action of /orders responses (not on 500s or validation 400s).
using Mvc.App.Probes;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddControllers();
builder.Services.AddSingleton<PricingService>();
builder.Services.AddSingleton<OrderRepository>();

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapControllers();
app.Run();
