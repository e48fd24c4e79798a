using Distro.Contract.Mocks.Proto.Rpc;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Distro.Contract.Mocks.Collector;

/// <summary>Expresses a collector fault in gRPC's rich error model.</summary>
internal static class GrpcFaultStatus
{
    private const string StatusDetailsTrailer = "grpc-status-details-bin";

    /// <summary>A google.rpc.Status for the fault, with a RetryInfo when it has a retry delay.</summary>
    public static Proto.Rpc.Status DetailsOf(CollectorFault fault)
    {
        var status = new Proto.Rpc.Status { Code = (int)fault.GrpcStatus, Message = $"mock collector: {fault}" };
        if (fault.RetryAfter is { } retryAfter)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(retryAfter) }));
        }

        return status;
    }

    public static RpcException ToRpcException(CollectorFault fault)
    {
        var details = DetailsOf(fault);
        var trailers = new Metadata { { StatusDetailsTrailer, details.ToByteArray() } };
        return new RpcException(new Grpc.Core.Status(fault.GrpcStatus, details.Message), trailers);
    }
}
