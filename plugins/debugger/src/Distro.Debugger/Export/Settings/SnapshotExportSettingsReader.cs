using System.Collections.Immutable;
using System.Globalization;
using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Export.CloudWatch;
using OpenTelemetry.Exporter;

namespace Distro.Debugger.Export.Settings;

/// <summary>
/// Reads <see cref="SnapshotExportSettings"/> through a variable lookup (the process environment in production, a
/// dictionary in tests). A value that cannot be used falls back to its default with a diagnostic; nothing throws.
/// Header values are never echoed in diagnostics: they often carry credentials.
/// </summary>
internal sealed class SnapshotExportSettingsReader
{
    private const string GrpcProtocol = "grpc";
    private const string HttpProtobufProtocol = "http/protobuf";

    private readonly Func<string, string?> _variables;
    private readonly ImmutableArray<SettingDiagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<SettingDiagnostic>();

    private static readonly Uri s_defaultGrpcEndpoint = new("http://localhost:4315");

    private SnapshotExportSettingsReader(Func<string, string?> variables) => _variables = variables;

    /// <param name="variables">The variable lookup.</param>
    /// <param name="debugger">The plugin's settings, already read from the same variables: endpoint, service and environment.</param>
    public static SnapshotExportSettingsReadResult Read(Func<string, string?> variables, DebuggerSettings debugger)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(debugger);
        var reader = new SnapshotExportSettingsReader(variables);
        var settings = new SnapshotExportSettings(
            reader.ReadExporters(),
            reader.ReadOtlp(debugger.LogsEndpoint),
            reader.ReadBatch(),
            reader.ReadResource(debugger),
            SnapshotExportSettings.DefaultShutdownTimeout);
        return new SnapshotExportSettingsReadResult(settings, reader._diagnostics.ToImmutable());
    }

    private ImmutableArray<SnapshotExporterKind> ReadExporters()
    {
        ImmutableArray<SnapshotExporterKind> defaultExporters = [SnapshotExporterKind.Otlp];
        var value = Value(SnapshotExportVariables.Exporter);
        if (value is null)
        {
            return defaultExporters;
        }

        var kinds = ImmutableArray.CreateBuilder<SnapshotExporterKind>();
        var none = false;
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (name.ToLowerInvariant())
            {
                case "otlp":
                    AddOnce(kinds, SnapshotExporterKind.Otlp);
                    break;
                case "console":
                    AddOnce(kinds, SnapshotExporterKind.Console);
                    break;
                case "none":
                    none = true;
                    break;
                default:
                    Report(SnapshotExportVariables.Exporter, $"unknown exporter \"{name}\" (otlp, console or none); ignored");
                    break;
            }
        }

        if (kinds.Count > 0)
        {
            if (none)
            {
                Report(SnapshotExportVariables.Exporter, "\"none\" is ignored when other exporters are named");
            }

            return kinds.ToImmutable();
        }

        if (none)
        {
            return [];
        }

        Report(SnapshotExportVariables.Exporter, "names no known exporter; using otlp");
        return defaultExporters;
    }

    private static void AddOnce(ImmutableArray<SnapshotExporterKind>.Builder kinds, SnapshotExporterKind kind)
    {
        if (!kinds.Contains(kind))
        {
            kinds.Add(kind);
        }
    }

    /// <summary>
    /// The OTLP destination; over gRPC with no endpoint configured, the CloudWatch agent's gRPC port rather than the
    /// http/protobuf default's path, which a gRPC exporter would address wrongly.
    /// </summary>
    private OtlpSettings ReadOtlp(Uri endpoint)
    {
        var protocol = ReadProtocol();
        if (protocol == OtlpExportProtocol.Grpc && Value(DebuggerEnvironmentVariables.LogsEndpoint) is null)
        {
            endpoint = s_defaultGrpcEndpoint;
        }

        return new(endpoint, protocol, ReadHeaders(), ReadTimeout(), CloudWatchLogsSettingsReader.Read(_variables));
    }

    private OtlpExportProtocol ReadProtocol()
    {
        var (variable, value) = FirstSet(SnapshotExportVariables.LogsProtocol, SnapshotExportVariables.Protocol);
        if (value is null || value.Equals(HttpProtobufProtocol, StringComparison.OrdinalIgnoreCase))
        {
            return OtlpExportProtocol.HttpProtobuf;
        }

        if (value.Equals(GrpcProtocol, StringComparison.OrdinalIgnoreCase))
        {
            return OtlpExportProtocol.Grpc;
        }

        Report(variable, $"\"{value}\" is not supported ({GrpcProtocol} or {HttpProtobufProtocol}); using {HttpProtobufProtocol}");
        return OtlpExportProtocol.HttpProtobuf;
    }

    private string? ReadHeaders()
    {
        var (variable, value) = FirstSet(SnapshotExportVariables.LogsHeaders, SnapshotExportVariables.Headers);
        if (value is null || Host.Configuration.OtlpHeaderList.IsWellFormed(value))
        {
            return value;
        }

        Report(variable, "not a comma-separated list of name=value pairs with valid header names; no headers are sent");
        return null;
    }

    private TimeSpan ReadTimeout()
    {
        var (variable, value) = FirstSet(SnapshotExportVariables.LogsTimeout, SnapshotExportVariables.Timeout);
        return ReadMilliseconds(variable, value, OtlpSettings.DefaultTimeout);
    }

    private BatchSettings ReadBatch()
    {
        var defaults = BatchSettings.Default;
        var queueSize = ReadCount(SnapshotExportVariables.MaxQueueSize, defaults.MaxQueueSize, BatchSettings.MaxQueueSizeLimit);
        var batchSize = ReadCount(SnapshotExportVariables.MaxExportBatchSize, defaults.MaxExportBatchSize, int.MaxValue);
        if (batchSize > queueSize)
        {
            Report(SnapshotExportVariables.MaxExportBatchSize, Invariant($"{batchSize} is above the queue size; using {queueSize}"));
            batchSize = queueSize;
        }

        return new BatchSettings(
            queueSize,
            batchSize,
            ReadMilliseconds(SnapshotExportVariables.ScheduleDelay, Value(SnapshotExportVariables.ScheduleDelay), defaults.ScheduleDelay),
            ReadMilliseconds(SnapshotExportVariables.ExportTimeout, Value(SnapshotExportVariables.ExportTimeout), defaults.ExportTimeout));
    }

    private int ReadCount(string variable, int defaultValue, int max)
    {
        var value = Value(variable);
        if (value is null)
        {
            return defaultValue;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max)
        {
            return count;
        }

        Report(variable, Invariant($"\"{value}\" is not a whole number from 1 to {max}; using {defaultValue}"));
        return defaultValue;
    }

    /// <summary>The specification writes these durations as whole milliseconds.</summary>
    private TimeSpan ReadMilliseconds(string variable, string? value, TimeSpan defaultValue)
    {
        if (value is null)
        {
            return defaultValue;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 1)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        Report(variable, Invariant($"\"{value}\" is not a positive whole number of milliseconds; using {defaultValue.TotalMilliseconds}"));
        return defaultValue;
    }

    // Malformed pairs were already reported when the debugger's own settings were read from the same variables.
    private Host.Configuration.ResourceSettings ReadResource(DebuggerSettings debugger) =>
        Host.Configuration.ResourceSettingsReader.Read(new Host.Configuration.SettingsSource(_variables)) with { ServiceName = debugger.ServiceName, Environment = debugger.Environment };

    /// <summary>The signal-specific variable wins over the general one, as the specification orders them.</summary>
    private (string Variable, string? Value) FirstSet(string specific, string general)
    {
        var value = Value(specific);
        return value is not null ? (specific, value) : (general, Value(general));
    }

    private string? Value(string variable)
    {
        var text = _variables(variable);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private void Report(string variable, string message)
    {
        _diagnostics.Add(new SettingDiagnostic(variable, message));
        DebuggerEventSource.Log.ExportSettingInvalid(variable, message);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
