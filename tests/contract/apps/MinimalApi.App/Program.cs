// MinimalApi.App: an ASP.NET Core minimal API application that the contract tests launch through instrument.sh and probe.
//   dotnet MinimalApi.App.dll --urls http://127.0.0.1:5124        (or ASPNETCORE_URLS; stops on SIGTERM or Ctrl-C)
// Endpoints (probe targets and their lines: tests/contract/apps/README.md):
//   GET  /healthz                              curl http://127.0.0.1:5124/healthz
//   GET  /hello/{name}?greeting=Hi             curl 'http://127.0.0.1:5124/hello/Ada?greeting=Hi'   (closure lambda; text)
//   POST /echo                                 curl -H 'Content-Type: application/json' -d '{"text":"ab","repeat":3}' http://127.0.0.1:5124/echo   (lambda)
//   POST /api/inventory/reservations?allowBackorder=false
//                                              curl -H 'Content-Type: application/json' -d '{"sku":"SKU-1","quantity":5,"warehouse":{"code":"BER","city":"Berlin","bins":[{"location":"A1","quantity":3},{"location":"B2","quantity":4}]},"tags":["gift","fragile"]}' 'http://127.0.0.1:5124/api/inventory/reservations?allowBackorder=false'
//   GET  /api/inventory/{sku}?warehouse=PAR    curl 'http://127.0.0.1:5124/api/inventory/SKU-1?warehouse=PAR'   (async)
//   GET  /api/inventory/{sku}/levels?count=5   curl -N 'http://127.0.0.1:5124/api/inventory/SKU-1/levels?count=5'   (streamed JSON array)
//   POST /api/inventory/{sku}/recall?reason=   curl -i -X POST 'http://127.0.0.1:5124/api/inventory/SKU-1/recall?reason=defect'   (always 500)
//   POST /api/inventory/audits                 curl -H 'Content-Type: application/json' -d '{"note":"long text","counts":[1,2,3]}' http://127.0.0.1:5124/api/inventory/audits
using MinimalApi.App.Probes;
using MinimalApi.App.Routing;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<StockService>();

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapGreetings(defaultGreeting: "Hello");
app.MapInventory();
app.Run();
