namespace Distro.Debugger.Configuration;

/// <summary>The debugger plugin's settings, read from the environment by <see cref="DebuggerSettingsReader"/>.</summary>
/// <remarks>
/// <para><c>ProbeFilePath</c>: A local probe file to read configurations from; null when none is set.</para>
/// <para><c>ServiceName</c>: The service this application is, as the config API knows it.</para>
/// <para><c>Environment</c>: The deployment environment, as the config API knows it.</para>
/// </remarks>
internal sealed record DebuggerSettings(
    bool Enabled,
    Uri ApiUrl,
    TimeSpan ProbePollInterval,
    TimeSpan BreakpointPollInterval,
    Uri LogsEndpoint,
    string? ProbeFilePath,
    string ServiceName,
    string Environment)
{
    public static readonly Uri DefaultApiUrl = new("http://localhost:2000");
    public static readonly Uri DefaultLogsEndpoint = new("http://localhost:4316/v1/logs");
    public static readonly TimeSpan DefaultProbePollInterval = TimeSpan.FromSeconds(600);
    public static readonly TimeSpan DefaultBreakpointPollInterval = TimeSpan.FromSeconds(60);

    /// <summary>What Application Signals calls a service's environment when nothing names one.</summary>
    public const string DefaultEnvironment = "generic:default";

    /// <summary>Bounds a configured poll interval: short enough for tests, never a busy loop, at least daily.</summary>
    public static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan MaxPollInterval = TimeSpan.FromDays(1);

    public TimeSpan PollInterval(InstrumentationType type) =>
        type == InstrumentationType.Breakpoint ? BreakpointPollInterval : ProbePollInterval;
}
