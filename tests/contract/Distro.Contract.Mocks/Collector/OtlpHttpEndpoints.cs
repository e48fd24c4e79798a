using System.Globalization;
using System.IO.Compression;
using Distro.Contract.Mocks.Proto.Collector.Logs.V1;
using Distro.Contract.Mocks.Proto.Collector.Metrics.V1;
using Distro.Contract.Mocks.Proto.Collector.Trace.V1;
using Google.Protobuf;
using Microsoft.Net.Http.Headers;

namespace Distro.Contract.Mocks.Collector;

/// <summary>OTLP http/protobuf: POST /v1/logs, /v1/traces and /v1/metrics, optionally gzip-compressed.</summary>
internal static class OtlpHttpEndpoints
{
    private const string ProtobufContentType = "application/x-protobuf";

    public static void Map(IEndpointRouteBuilder routes, OtlpReceiver receiver)
    {
        routes.MapPost("/v1/logs", http => HandleAsync(
            http, receiver, OtlpSignal.Logs, ExportLogsServiceRequest.Parser, new ExportLogsServiceResponse()));
        routes.MapPost("/v1/traces", http => HandleAsync(
            http, receiver, OtlpSignal.Traces, ExportTraceServiceRequest.Parser, new ExportTraceServiceResponse()));
        routes.MapPost("/v1/metrics", http => HandleAsync(
            http, receiver, OtlpSignal.Metrics, ExportMetricsServiceRequest.Parser, new ExportMetricsServiceResponse()));
    }

    private static async Task HandleAsync(
        HttpContext http, OtlpReceiver receiver, OtlpSignal signal, MessageParser parser, IMessage response)
    {
        var arrivedAt = DateTimeOffset.UtcNow;
        var contentType = http.Request.ContentType ?? string.Empty;
        var encoding = http.Request.Headers.ContentEncoding.ToString();
        if (!IsProtobuf(contentType) || !IsSupportedEncoding(encoding))
        {
            // OTLP/JSON is not decoded: refusing it keeps a test from passing on the wrong encoding.
            receiver.RecordUnreadable(
                signal, http, $"unsupported Content-Type '{contentType}' or Content-Encoding '{encoding}'", arrivedAt);
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        IMessage request;
        try
        {
            request = parser.ParseFrom(await ReadBodyAsync(http.Request, encoding).ConfigureAwait(false));
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException)
        {
            receiver.RecordUnreadable(signal, http, $"unreadable body: {e.Message}", arrivedAt);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var fault = await receiver.ReceiveAsync(request, OtlpTransport.Http, http, arrivedAt).ConfigureAwait(false);
        if (fault is not null)
        {
            await WriteFaultAsync(http.Response, fault).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = ProtobufContentType;
        await http.Response.Body.WriteAsync(response.ToByteArray(), http.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsProtobuf(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) &&
        mediaType.MediaType.Equals(ProtobufContentType, StringComparison.OrdinalIgnoreCase);

    private static bool IsSupportedEncoding(string encoding) =>
        encoding.Length == 0 ||
        encoding.Equals("identity", StringComparison.OrdinalIgnoreCase) ||
        encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, string encoding)
    {
        using var body = new MemoryStream();
        if (encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
        {
            await using var gzip = new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
            await gzip.CopyToAsync(body, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        return body.ToArray();
    }

    private static async Task WriteFaultAsync(HttpResponse response, CollectorFault fault)
    {
        response.StatusCode = fault.HttpStatus!.Value;
        if (fault.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter =
                ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        // OTLP/HTTP carries a google.rpc.Status in the body of a failed response.
        response.ContentType = ProtobufContentType;
        await response.Body.WriteAsync(GrpcFaultStatus.DetailsOf(fault).ToByteArray(), response.HttpContext.RequestAborted)
            .ConfigureAwait(false);
    }
}
