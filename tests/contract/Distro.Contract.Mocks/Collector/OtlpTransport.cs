namespace Distro.Contract.Mocks.Collector;

/// <summary>How an OTLP export request reached the mock collector.</summary>
public enum OtlpTransport
{
    /// <summary>OTLP http/protobuf over HTTP/1.1.</summary>
    Http,

    /// <summary>OTLP gRPC over cleartext HTTP/2.</summary>
    Grpc,
}
