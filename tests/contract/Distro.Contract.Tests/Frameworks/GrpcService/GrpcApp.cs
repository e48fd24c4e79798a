using System.Net;
using Distro.Contract.Mocks.Collector;
using Distro.Contract.Tests.Frameworks.Harness;
using Google.Protobuf;
using Grpc.App.Protos;
using Grpc.Core;
using Grpc.Net.Client;

namespace Distro.Contract.Tests.Frameworks.GrpcService;

/// <summary>
/// Grpc.App (a Grpc.AspNetCore service on cleartext HTTP/2) under the distro, exporting over OTLP gRPC, and the calls
/// that reach its probe targets, made with the client generated from the app's own proto. A call's answer is described
/// as the reply's JSON (a stream's as its messages' JSON, one a line), or as <c>"&lt;status code&gt;: &lt;detail&gt;"</c>
/// when it fails.
/// </summary>
public sealed class GrpcApp() : FrameworkApp("Grpc.App", "contract-grpc", HttpVersion.Version20)
{
    /// <summary>How many tracking events <see cref="TrackAsync"/> asks for.</summary>
    public const int TrackedEventCount = 6;

    /// <summary>The deadline of <see cref="AwaitPickupPastDeadlineAsync"/>, far shorter than the wait it asks for.</summary>
    public static readonly TimeSpan PickupDeadline = TimeSpan.FromMilliseconds(200);

    private const int PickupWaitMilliseconds = 10_000;

    private static readonly TimeSpan s_callTimeout = TimeSpan.FromSeconds(30);

    private GrpcChannel? _channel;
    private Shipping.ShippingClient? _client;

    public override OtlpTransport Transport => OtlpTransport.Grpc;

    private Shipping.ShippingClient Client => _client ?? throw new InvalidOperationException("The app has not been started.");

    public static QuoteRequest QuoteRequest() => new()
    {
        CustomerId = "c-1",
        Express = true,
        Destination = new Address { Street = "1 Main St", City = "Springfield", Country = "US" },
        Parcels =
        {
            new Parcel { Label = "box", WeightGrams = 1200, DeclaredValue = 50 },
            new Parcel { Label = "tube", WeightGrams = 800, DeclaredValue = 20 },
        },
    };

    public Task<string> QuoteAsync(TraceParent trace) =>
        DescribeAsync(Client.QuoteAsync(QuoteRequest(), Options(trace)));

    public Task<string> CancelAsync(TraceParent trace) =>
        DescribeAsync(Client.CancelAsync(new CancelRequest { ShipmentId = "s-1", Reason = "late" }, Options(trace)));

    public Task<string> AuditAsync(TraceParent trace, string note, int[] counts) =>
        DescribeAsync(Client.AuditAsync(new AuditRequest { Note = note, Counts = { counts } }, Options(trace)));

    public async Task<string> TrackAsync(TraceParent trace)
    {
        using var call = Client.Track(new TrackRequest { ShipmentId = "s-1", Count = TrackedEventCount }, Options(trace));
        var messages = new List<string>();
        try
        {
            await foreach (var trackingEvent in call.ResponseStream.ReadAllAsync())
            {
                messages.Add(JsonFormatter.ToDiagnosticString(trackingEvent));
            }
        }
        catch (RpcException e)
        {
            messages.Add(Describe(e));
        }

        return string.Join('\n', messages);
    }

    /// <summary>Asks to wait for a pickup far longer than the call's deadline allows.</summary>
    public Task<string> AwaitPickupPastDeadlineAsync(TraceParent trace) =>
        DescribeAsync(Client.AwaitPickupAsync(
            new PickupRequest { ShipmentId = "s-1", MaxWaitMs = PickupWaitMilliseconds },
            Options(trace, PickupDeadline)));

    protected override void OnStarted(Uri address)
    {
        // As InstrumentedApp's client: the test process's own activities must not leak into the app's traces.
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { ActivityHeadersPropagator = null } });
        _client = new Shipping.ShippingClient(_channel);
    }

    protected override void OnStopping() => _channel?.Dispose();

    /// <summary>The trace context, and a deadline so that an app that hangs fails the test instead of hanging it.</summary>
    private static CallOptions Options(TraceParent trace) => Options(trace, s_callTimeout);

    private static CallOptions Options(TraceParent trace, TimeSpan deadline) =>
        new(new Metadata { { TraceParent.HeaderName, trace.Header } }, DateTime.UtcNow + deadline);

    private static async Task<string> DescribeAsync<TReply>(AsyncUnaryCall<TReply> call)
        where TReply : class, IMessage
    {
        using (call)
        {
            try
            {
                return JsonFormatter.ToDiagnosticString(await call.ResponseAsync);
            }
            catch (RpcException e)
            {
                return Describe(e);
            }
        }
    }

    private static string Describe(RpcException e) => $"{e.StatusCode}: {e.Status.Detail}";
}
