using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Sources;

internal static class TestSettings
{
    public const string Service = "orders-api";
    public const string Environment = "ec2:test";

    public static DebuggerSettings For(Uri apiUrl, TimeSpan? probePollInterval = null, TimeSpan? breakpointPollInterval = null) => new(
        Enabled: true,
        ApiUrl: apiUrl,
        ProbePollInterval: probePollInterval ?? DebuggerSettings.DefaultProbePollInterval,
        BreakpointPollInterval: breakpointPollInterval ?? DebuggerSettings.DefaultBreakpointPollInterval,
        LogsEndpoint: DebuggerSettings.DefaultLogsEndpoint,
        ProbeFilePath: null,
        ServiceName: Service,
        Environment: Environment);
}
