// LegacyOpenTelemetry.App: an ASP.NET Core minimal API with its own, older OpenTelemetry SDK (1.9.0), which the host's
// contract test launches through instrument.sh.
//   dotnet LegacyOpenTelemetry.App.dll --urls http://127.0.0.1:5130        (or ASPNETCORE_URLS; stops on SIGTERM or Ctrl-C)
// Endpoints:
//   GET /healthz          curl http://127.0.0.1:5130/healthz            answers ok
//   GET /work             curl http://127.0.0.1:5130/work               starts a span "legacy-work" from the ActivitySource LegacyOpenTelemetry.App
//   GET /own/sdk-version  curl http://127.0.0.1:5130/own/sdk-version    the package version of the OpenTelemetry SDK the application uses
//   GET /own/spans        curl http://127.0.0.1:5130/own/spans          the names of the spans the application's own tracer provider ended
using LegacyOpenTelemetry.App;
using OpenTelemetry;
using OpenTelemetry.Trace;

var endedSpans = new EndedSpans();
using var tracerProvider = Sdk.CreateTracerProviderBuilder()
    .AddSource(AppTelemetry.SourceName)
    .AddProcessor(endedSpans)
    .Build();

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapGet("/work", () =>
{
    using var activity = AppTelemetry.Source.StartActivity("legacy-work");
    return "done";
});
app.MapGet("/own/sdk-version", () => AppTelemetry.SdkVersion);
app.MapGet("/own/spans", () => endedSpans.Names);
app.Run();
