using Grpc.Core;

namespace Distro.Contract.Mocks.Collector;

/// <summary>
/// A way for the mock collector to answer an export request other than with success, for tests of
/// exporters' retries. Over gRPC the HTTP status becomes its gRPC counterpart, and a retry delay
/// travels as a google.rpc.RetryInfo in the grpc-status-details-bin trailer.
/// </summary>
public sealed class CollectorFault
{
    private CollectorFault(string name, int? httpStatus, StatusCode grpcStatus, TimeSpan? retryAfter, TimeSpan delay)
    {
        Name = name;
        HttpStatus = httpStatus;
        GrpcStatus = grpcStatus;
        RetryAfter = retryAfter;
        Delay = delay;
    }

    public string Name { get; }

    /// <summary>The HTTP status answered instead of 200, or null when the request succeeds (after <see cref="Delay"/>).</summary>
    public int? HttpStatus { get; }

    public StatusCode GrpcStatus { get; }

    /// <summary>Sent as Retry-After (whole seconds, rounded up) over HTTP and as RetryInfo over gRPC.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>How long the answer is held back.</summary>
    public TimeSpan Delay { get; }

    /// <summary>True when the request is refused and its telemetry is not kept.</summary>
    public bool Rejects => HttpStatus is not null;

    /// <summary>503 Service Unavailable (gRPC UNAVAILABLE), which OTLP exporters retry.</summary>
    public static CollectorFault ServiceUnavailable(TimeSpan? retryAfter = null) =>
        new("503 Service Unavailable", 503, StatusCode.Unavailable, retryAfter, TimeSpan.Zero);

    /// <summary>429 Too Many Requests (gRPC RESOURCE_EXHAUSTED).</summary>
    public static CollectorFault TooManyRequests(TimeSpan? retryAfter = null) =>
        new("429 Too Many Requests", 429, StatusCode.ResourceExhausted, retryAfter, TimeSpan.Zero);

    /// <summary>500 Internal Server Error (gRPC INTERNAL), which OTLP exporters do not retry.</summary>
    public static CollectorFault InternalServerError() =>
        new("500 Internal Server Error", 500, StatusCode.Internal, null, TimeSpan.Zero);

    /// <summary>Success, answered only after <paramref name="delay"/>.</summary>
    public static CollectorFault Delayed(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new($"delayed by {delay.TotalMilliseconds:0} ms", null, StatusCode.OK, null, delay);
    }

    public override string ToString() => RetryAfter is { } retryAfter
        ? $"{Name} (retry after {retryAfter.TotalMilliseconds:0} ms)"
        : Name;
}
