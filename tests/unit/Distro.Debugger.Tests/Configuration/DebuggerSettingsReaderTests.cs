using Distro.Debugger.Configuration;
using Distro.Host.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class DebuggerSettingsReaderTests
{
    private static SettingsReadResult Read(params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return DebuggerSettingsReader.Read(name => environment.GetValueOrDefault(name));
    }

    private static DebuggerSettings ReadSettings(params (string Name, string Value)[] variables) => Read(variables).Settings;

    [Fact]
    public void Read_NothingSet_UsesDefaults()
    {
        var result = Read();

        Assert.Empty(result.Diagnostics);
        Assert.False(result.Settings.Enabled);
        Assert.Equal(new Uri("http://localhost:2000"), result.Settings.ApiUrl);
        Assert.Equal(TimeSpan.FromSeconds(600), result.Settings.ProbePollInterval);
        Assert.Equal(TimeSpan.FromSeconds(60), result.Settings.BreakpointPollInterval);
        Assert.Equal(new Uri("http://localhost:4316/v1/logs"), result.Settings.LogsEndpoint);
        Assert.Null(result.Settings.ProbeFilePath);
        // As the host names the service for every other signal: after the entry assembly.
        Assert.Equal(System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "unknown_service", result.Settings.ServiceName);
        Assert.Equal("generic:default", result.Settings.Environment);
    }

    [Fact]
    public void Read_EveryVariableSet_UsesEveryValue()
    {
        var result = Read(
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED", "true"),
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_API_URL", "http://agent.local:2001/base"),
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_PROBE_POLL_INTERVAL", "120"),
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_BREAKPOINT_POLL_INTERVAL", "5s"),
            ("OTEL_AWS_OTLP_LOGS_ENDPOINT", "https://logs.example.test/v1/logs"),
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_PROBE_FILE", "/etc/probes.json"),
            ("OTEL_SERVICE_NAME", "shop-api"),
            ("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment.name=prod"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new DebuggerSettings(
                true,
                new Uri("http://agent.local:2001/base"),
                TimeSpan.FromSeconds(120),
                TimeSpan.FromSeconds(5),
                new Uri("https://logs.example.test/v1/logs"),
                "/etc/probes.json",
                "shop-api",
                "prod"),
            result.Settings);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" True ", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void Read_EnabledWithBooleanText_IsReadWithoutDiagnostic(string value, bool expected)
    {
        var result = Read((DebuggerEnvironmentVariables.Enabled, value));

        Assert.Equal(expected, result.Settings.Enabled);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("on")]
    public void Read_EnabledWithOtherText_StaysDisabledWithDiagnostic(string value)
    {
        var result = Read((DebuggerEnvironmentVariables.Enabled, value));

        Assert.False(result.Settings.Enabled);
        Assert.Equal(DebuggerEnvironmentVariables.Enabled, Assert.Single(result.Diagnostics).Variable);
    }

    [Theory]
    [InlineData(DebuggerEnvironmentVariables.ApiUrl, "not a url")]
    [InlineData(DebuggerEnvironmentVariables.ApiUrl, "ftp://agent:2000")]
    [InlineData(DebuggerEnvironmentVariables.ApiUrl, "/relative/path")]
    [InlineData(DebuggerEnvironmentVariables.LogsEndpoint, "collector:4316")]
    [InlineData(DebuggerEnvironmentVariables.LogsEndpoint, "file:///tmp/logs")]
    public void Read_BadUrl_UsesDefaultWithDiagnosticThatHidesTheValue(string variable, string value)
    {
        var result = Read((variable, value));

        Assert.Equal(new Uri("http://localhost:2000"), result.Settings.ApiUrl);
        Assert.Equal(new Uri("http://localhost:4316/v1/logs"), result.Settings.LogsEndpoint);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(variable, diagnostic.Variable);
        Assert.DoesNotContain(value, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("600", 600_000)]
    [InlineData("1.5", 1_500)]
    [InlineData("30s", 30_000)]
    [InlineData("30S", 30_000)]
    [InlineData(" 30 s ", 30_000)]
    [InlineData("2.5s", 2_500)]
    [InlineData("5m", 300_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("500ms", 500)]
    [InlineData("500MS", 500)]
    [InlineData("100ms", 100)]
    [InlineData("24h", 86_400_000)]
    public void Read_PollIntervalInAnyForm_IsRead(string value, int milliseconds)
    {
        var result = Read(
            (DebuggerEnvironmentVariables.ProbePollInterval, value),
            (DebuggerEnvironmentVariables.BreakpointPollInterval, value));

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), result.Settings.ProbePollInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), result.Settings.BreakpointPollInterval);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("0s")]
    [InlineData("5d")]
    [InlineData("s")]
    [InlineData("ms")]
    [InlineData("1e3")]
    [InlineData("5 minutes")]
    [InlineData("NaN")]
    [InlineData("99999999999999999999h")]
    public void Read_BadPollInterval_UsesDefaultWithDiagnostic(string value)
    {
        var result = Read(
            (DebuggerEnvironmentVariables.ProbePollInterval, value),
            (DebuggerEnvironmentVariables.BreakpointPollInterval, value));

        Assert.Equal(TimeSpan.FromSeconds(600), result.Settings.ProbePollInterval);
        Assert.Equal(TimeSpan.FromSeconds(60), result.Settings.BreakpointPollInterval);
        Assert.Equal(
            [DebuggerEnvironmentVariables.ProbePollInterval, DebuggerEnvironmentVariables.BreakpointPollInterval],
            result.Diagnostics.Select(d => d.Variable));
    }

    [Theory]
    [InlineData("10ms", 100)]
    [InlineData("0.05", 100)]
    [InlineData("25h", 86_400_000)]
    [InlineData("100000", 86_400_000)]
    public void Read_PollIntervalOutOfRange_IsClampedWithDiagnostic(string value, int milliseconds)
    {
        var result = Read((DebuggerEnvironmentVariables.BreakpointPollInterval, value));

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), result.Settings.BreakpointPollInterval);
        Assert.Equal(DebuggerEnvironmentVariables.BreakpointPollInterval, Assert.Single(result.Diagnostics).Variable);
    }

    [Fact]
    public void Read_BlankProbeFile_IsNone()
    {
        Assert.Null(ReadSettings((DebuggerEnvironmentVariables.ProbeFile, "  ")).ProbeFilePath);
        Assert.Equal("probes.json", ReadSettings((DebuggerEnvironmentVariables.ProbeFile, " probes.json ")).ProbeFilePath);
    }

    [Theory]
    [InlineData("deployment.environment.name=prod,deployment.environment=legacy", "prod")]
    [InlineData("deployment.environment=legacy,deployment.environment.name=prod", "prod")]
    [InlineData("deployment.environment=legacy", "legacy")]
    [InlineData("service.version=1.2, deployment.environment.name = staging ", "staging")]
    [InlineData("deployment.environment.name=eu%2Fprod%20blue", "eu/prod blue")]
    [InlineData("deployment.environment.name=,deployment.environment=legacy", "legacy")]
    [InlineData("deployment.environment.name=a,deployment.environment.name=b", "b")]
    [InlineData("host.name=web-1", "generic:default")]
    public void Read_EnvironmentFromResourceAttributes_PrefersTheCurrentName(string attributes, string expected)
    {
        var result = Read((HostVariables.ResourceAttributes, attributes));

        Assert.Equal(expected, result.Settings.Environment);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_MalformedResourceAttributePair_IsSkippedWithDiagnostic()
    {
        var result = Read((HostVariables.ResourceAttributes, "novalue,=orphan,deployment.environment.name=prod"));

        Assert.Equal("prod", result.Settings.Environment);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Variable == HostVariables.ResourceAttributes));
    }

    [Fact]
    public void Read_ServiceNameOnlyInResourceAttributes_IsUsed()
    {
        Assert.Equal("shop", ReadSettings((HostVariables.ResourceAttributes, "service.name=shop")).ServiceName);
    }

    [Fact]
    public void Read_ServiceNameInBothPlaces_PrefersOtelServiceName()
    {
        var settings = ReadSettings(
            (HostVariables.ServiceName, " orders "),
            (HostVariables.ResourceAttributes, "service.name=shop"));

        Assert.Equal("orders", settings.ServiceName);
    }

    [Fact]
    public void PollInterval_EachType_HasItsOwnInterval()
    {
        var settings = ReadSettings();

        Assert.Equal(TimeSpan.FromSeconds(600), settings.PollInterval(InstrumentationType.Probe));
        Assert.Equal(TimeSpan.FromSeconds(60), settings.PollInterval(InstrumentationType.Breakpoint));
    }
}
