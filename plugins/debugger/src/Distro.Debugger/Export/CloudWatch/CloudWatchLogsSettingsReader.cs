using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Export.Settings;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// Decides whether snapshots go straight to CloudWatch Logs: the logs endpoint is the CloudWatch Logs OTLP endpoint and
/// the headers name the log group and stream. Reads through a variable lookup (the process environment in production).
/// </summary>
internal static class CloudWatchLogsSettingsReader
{
    public const string OtlpLogsEndpoint = "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT";

    /// <returns>The settings, or null when CloudWatch mode does not apply (with a diagnostic when it almost does).</returns>
    public static CloudWatchLogsSettings? Read(Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var endpointText = Value(variables, DebuggerEnvironmentVariables.LogsEndpoint) ?? Value(variables, OtlpLogsEndpoint);
        if (endpointText is null
            || !Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint)
            || !CloudWatchLogsEndpoint.TryGetRegion(endpoint, out var region))
        {
            return null;
        }

        var headers = OtlpHeaderPairs.Parse(
            Value(variables, SnapshotExportVariables.LogsHeaders) ?? Value(variables, SnapshotExportVariables.Headers));
        var logGroup = HeaderValue(headers, CloudWatchLogsSettings.LogGroupHeader);
        var logStream = HeaderValue(headers, CloudWatchLogsSettings.LogStreamHeader);
        if (logGroup is null || logStream is null)
        {
            var missing = string.Join(" and ", new[]
            {
                logGroup is null ? CloudWatchLogsSettings.LogGroupHeader : null,
                logStream is null ? CloudWatchLogsSettings.LogStreamHeader : null,
            }.OfType<string>());
            DebuggerEventSource.Log.CloudWatchHeadersMissing(endpoint.ToString(), missing);
            return null;
        }

        return new CloudWatchLogsSettings(endpoint, region, logGroup, logStream);
    }

    private static string? HeaderValue(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private static string? Value(Func<string, string?> variables, string name)
    {
        var text = variables(name);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
