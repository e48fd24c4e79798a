// Grpc.App: an ASP.NET Core gRPC application that the contract tests launch through instrument.sh and probe.
//   dotnet Grpc.App.dll --urls http://127.0.0.1:5125        (or ASPNETCORE_URLS; stops on SIGTERM or Ctrl-C)
// Every endpoint speaks cleartext HTTP/2 only (h2c, prior knowledge); HTTP/1.1 requests are refused. From .NET, call
// /healthz with an HttpClient whose DefaultRequestVersion is HttpVersion.Version20 and DefaultVersionPolicy is
// HttpVersionPolicy.RequestVersionExact, and the service with GrpcChannel.ForAddress("http://127.0.0.1:5125").
// Endpoints (service contract: Protos/shipping.proto; probe targets and their lines: tests/contract/apps/README.md):
//   GET /healthz                                curl --http2-prior-knowledge http://127.0.0.1:5125/healthz
//   contract.shipping.v1.Shipping/Quote         grpcurl -plaintext -proto Protos/shipping.proto -d '{"customerId":"c-1","express":true,"destination":{"street":"1 Main St","city":"Springfield","country":"US"},"parcels":[{"label":"box","weightGrams":1200,"declaredValue":50}]}' 127.0.0.1:5125 contract.shipping.v1.Shipping/Quote
//   contract.shipping.v1.Shipping/Track         grpcurl -plaintext -proto Protos/shipping.proto -d '{"shipmentId":"s-1","count":3}' 127.0.0.1:5125 contract.shipping.v1.Shipping/Track   (server streaming)
//   contract.shipping.v1.Shipping/Cancel        grpcurl -plaintext -proto Protos/shipping.proto -d '{"shipmentId":"s-1","reason":"late"}' 127.0.0.1:5125 contract.shipping.v1.Shipping/Cancel   (always FAILED_PRECONDITION)
//   contract.shipping.v1.Shipping/AwaitPickup   grpcurl -plaintext -proto Protos/shipping.proto -max-time 0.2 -d '{"shipmentId":"s-1","maxWaitMs":10000}' 127.0.0.1:5125 contract.shipping.v1.Shipping/AwaitPickup   (DEADLINE_EXCEEDED)
//   contract.shipping.v1.Shipping/Audit         grpcurl -plaintext -proto Protos/shipping.proto -d '{"note":"long text","counts":[1,2,3]}' 127.0.0.1:5125 contract.shipping.v1.Shipping/Audit
using Grpc.App.Probes;
using Microsoft.AspNetCore.Server.Kestrel.Core;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// gRPC without TLS needs prior-knowledge HTTP/2 on every endpoint, including those that --urls declares.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddGrpc();
builder.Services.AddSingleton<RateCalculator>();
builder.Services.AddSingleton<ZoneDirectory>();

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapGrpcService<ShippingService>();
app.Run();
