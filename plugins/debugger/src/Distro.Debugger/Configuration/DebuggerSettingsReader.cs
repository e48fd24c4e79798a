using System.Collections.Immutable;
using System.Globalization;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Reads <see cref="DebuggerSettings"/> through a variable lookup (the process environment in production, a
/// dictionary in tests). A value that cannot be used falls back to its default with a diagnostic; nothing throws.
/// </summary>
internal sealed class DebuggerSettingsReader
{
    private readonly Func<string, string?> _variables;
    private readonly ImmutableArray<SettingDiagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<SettingDiagnostic>();

    private DebuggerSettingsReader(Func<string, string?> variables) => _variables = variables;

    public static SettingsReadResult Read(Func<string, string?> variables)
    {
        var reader = new DebuggerSettingsReader(variables);
        var settings = reader.ReadSettings();
        return new SettingsReadResult(settings, reader._diagnostics.ToImmutable());
    }

    private DebuggerSettings ReadSettings()
    {
        // The service and environment are read as the host reads them for every other signal.
        var resourceSource = new Host.Configuration.SettingsSource(_variables);
        var resource = Host.Configuration.ResourceSettingsReader.Read(resourceSource);
        foreach (var diagnostic in resourceSource.Diagnostics)
        {
            Report(diagnostic.Variable, diagnostic.Message);
        }

        return new DebuggerSettings(
            ReadEnabled(),
            ReadUrl(DebuggerEnvironmentVariables.ApiUrl, DebuggerSettings.DefaultApiUrl),
            ReadInterval(DebuggerEnvironmentVariables.ProbePollInterval, DebuggerSettings.DefaultProbePollInterval),
            ReadInterval(DebuggerEnvironmentVariables.BreakpointPollInterval, DebuggerSettings.DefaultBreakpointPollInterval),
            ReadUrl(DebuggerEnvironmentVariables.LogsEndpoint, DebuggerSettings.DefaultLogsEndpoint),
            Value(DebuggerEnvironmentVariables.ProbeFile),
            Host.Resources.DistroResource.ServiceNameOf(resource, Host.Resources.ProcessFacts.Current()),
            resource.Environment ?? DebuggerSettings.DefaultEnvironment);
    }

    /// <summary>As the OpenTelemetry specification reads booleans: only "true" (any case) is true.</summary>
    private bool ReadEnabled()
    {
        var value = Value(DebuggerEnvironmentVariables.Enabled);
        if (value is null || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Report(DebuggerEnvironmentVariables.Enabled, $"\"{value}\" is neither true nor false; the debugger stays disabled");
        return false;
    }

    // The value itself is not echoed: a URL may carry credentials.
    private Uri ReadUrl(string variable, Uri defaultValue)
    {
        var value = Value(variable);
        if (value is null)
        {
            return defaultValue;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        Report(variable, $"not an absolute http or https URL; using {defaultValue}");
        return defaultValue;
    }

    private TimeSpan ReadInterval(string variable, TimeSpan defaultValue)
    {
        var value = Value(variable);
        if (value is null)
        {
            return defaultValue;
        }

        if (!DurationParser.TryParse(value, out var interval) || interval <= TimeSpan.Zero)
        {
            Report(variable, Invariant($"\"{value}\" is not a positive duration (e.g. 600, 30s, 5m, 500ms); using {defaultValue.TotalSeconds} s"));
            return defaultValue;
        }

        var (min, max) = (DebuggerSettings.MinPollInterval, DebuggerSettings.MaxPollInterval);
        var clamped = interval < min ? min : interval > max ? max : interval;
        if (clamped != interval)
        {
            Report(variable, Invariant($"\"{value}\" is outside {min.TotalSeconds} s..{max.TotalSeconds} s; using {clamped.TotalSeconds} s"));
        }

        return clamped;
    }

    private string? Value(string variable) => NonBlank(_variables(variable));

    private void Report(string variable, string message)
    {
        _diagnostics.Add(new SettingDiagnostic(variable, message));
        DebuggerEventSource.Log.SettingInvalid(variable, message);
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
