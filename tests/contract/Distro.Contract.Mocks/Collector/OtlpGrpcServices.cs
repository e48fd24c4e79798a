using Distro.Contract.Mocks.Proto.Collector.Logs.V1;
using Distro.Contract.Mocks.Proto.Collector.Metrics.V1;
using Distro.Contract.Mocks.Proto.Collector.Trace.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Distro.Contract.Mocks.Collector;

/// <summary>OTLP/gRPC: the three collector services, each handing its request to the shared receiver.</summary>
internal static class OtlpGrpcExport
{
    public static async Task ReceiveAsync(OtlpReceiver receiver, IMessage request, ServerCallContext context)
    {
        var arrivedAt = DateTimeOffset.UtcNow;
        var fault = await receiver.ReceiveAsync(request, OtlpTransport.Grpc, context.GetHttpContext(), arrivedAt)
            .ConfigureAwait(false);
        if (fault is not null)
        {
            throw GrpcFaultStatus.ToRpcException(fault);
        }
    }
}

internal sealed class LogsGrpcService(OtlpReceiver receiver) : LogsService.LogsServiceBase
{
    public override async Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        await OtlpGrpcExport.ReceiveAsync(receiver, request, context).ConfigureAwait(false);
        return new ExportLogsServiceResponse();
    }
}

internal sealed class TraceGrpcService(OtlpReceiver receiver) : TraceService.TraceServiceBase
{
    public override async Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        await OtlpGrpcExport.ReceiveAsync(receiver, request, context).ConfigureAwait(false);
        return new ExportTraceServiceResponse();
    }
}

internal sealed class MetricsGrpcService(OtlpReceiver receiver) : MetricsService.MetricsServiceBase
{
    public override async Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        await OtlpGrpcExport.ReceiveAsync(receiver, request, context).ConfigureAwait(false);
        return new ExportMetricsServiceResponse();
    }
}
