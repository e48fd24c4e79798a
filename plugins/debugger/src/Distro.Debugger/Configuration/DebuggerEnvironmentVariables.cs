namespace Distro.Debugger.Configuration;

/// <summary>The environment variables the debugger plugin reads; the names are a contract with users and other agents.</summary>
internal static class DebuggerEnvironmentVariables
{
    public const string Enabled = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED";
    public const string ApiUrl = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_API_URL";
    public const string ProbePollInterval = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_PROBE_POLL_INTERVAL";
    public const string BreakpointPollInterval = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_BREAKPOINT_POLL_INTERVAL";
    public const string ProbeFile = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_PROBE_FILE";
    public const string LogsEndpoint = "OTEL_AWS_OTLP_LOGS_ENDPOINT";
}
