namespace Distro.Host.Configuration;

/// <summary>
/// Where OTLP goes when nothing is set: the local CloudWatch agent, which receives OTLP on 4315 (gRPC) and 4316
/// (http/protobuf), the same ports as the debugger's snapshot logs (http://localhost:4316/v1/logs). The distro's
/// collector configuration receives on these ports too, so one default serves both; the OpenTelemetry defaults
/// (4317, 4318) apply to anything else listening there and are one variable away.
/// </summary>
internal static class OtlpDefaults
{
    public static readonly Uri GrpcEndpoint = new("http://localhost:4315");
    public static readonly Uri HttpBaseEndpoint = new("http://localhost:4316/");
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}
