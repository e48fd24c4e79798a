// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
using Grpc.App.Protos;
using Grpc.Core;

namespace Grpc.App.Probes;

/// <summary>The gRPC service of Protos/shipping.proto.</summary>
public sealed class ShippingService : Shipping.ShippingBase
{
    private static readonly TimeSpan s_trackingInterval = TimeSpan.FromMilliseconds(5);
    private static readonly string[] s_statuses = ["label-created", "picked-up", "in-transit", "out-for-delivery", "delivered"];

    private readonly RateCalculator _rates;
    private readonly ZoneDirectory _zones;

    public ShippingService(RateCalculator rates, ZoneDirectory zones)
    {
        _rates = rates;
        _zones = zones;
    }

    public override async Task<QuoteReply> Quote(QuoteRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var destination = request.Destination ?? new Address();
        var zone = await _zones.FindZoneAsync(destination.Country, context.CancellationToken).ConfigureAwait(false);
        return _rates.Quote(request.CustomerId, zone, request.Express, destination, [.. request.Parcels]);
    }

    public override async Task Track(TrackRequest request, IServerStreamWriter<TrackingEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        for (var sequence = 1; sequence <= request.Count; sequence++)
        {
            await Task.Delay(s_trackingInterval, context.CancellationToken).ConfigureAwait(false);
            var status = s_statuses[Math.Min(sequence, s_statuses.Length) - 1];
            await responseStream.WriteAsync(new TrackingEvent { ShipmentId = request.ShipmentId, Sequence = sequence, Status = status }, context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Refuses every cancellation: the contract tests' <see cref="RpcException"/> with a status code and a detail.</summary>
    public override Task<CancelReply> Cancel(CancelRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Shipment {request.ShipmentId} cannot be cancelled: {request.Reason}"));
    }

    /// <summary>Nobody ever picks up: the call ends after max_wait_ms, or earlier when its deadline cancels the wait.</summary>
    public override async Task<PickupReply> AwaitPickup(PickupRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var maxWait = TimeSpan.FromMilliseconds(Math.Max(request.MaxWaitMs, 0));
        await Task.Delay(maxWait, context.CancellationToken).ConfigureAwait(false);
        return new PickupReply { ShipmentId = request.ShipmentId, PickedUp = false };
    }

    public override Task<AuditReply> Audit(AuditRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(_rates.Audit(request.Note, [.. request.Counts]));
    }
}
