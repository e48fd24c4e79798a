using Distro.Debugger.Export.CloudWatch;
using Distro.Debugger.Export.Settings;
using Distro.Debugger.Export.Text;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>The one place that turns an exporter kind into an exporter; a new destination is a new case here.</summary>
internal static class SnapshotExporterFactory
{
    public static string NameOf(SnapshotExporterKind kind) => kind switch
    {
        SnapshotExporterKind.Otlp => "otlp",
        SnapshotExporterKind.Console => "console",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown exporter kind."),
    };

    public static BaseExporter<LogRecord> Create(SnapshotExporterKind kind, SnapshotExportSettings settings, TextWriter console) => kind switch
    {
        SnapshotExporterKind.Otlp => CreateOtlpExporter(settings.Otlp),
        SnapshotExporterKind.Console => new ConsoleSnapshotExporter(console),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown exporter kind."),
    };

    private static OtlpLogExporter CreateOtlpExporter(OtlpSettings otlp)
    {
        var options = CreateOtlpOptions(otlp);
        if (otlp.CloudWatch is { } cloudWatch)
        {
            // Signed, gzipped and split to the endpoint's request limit; it overrides the options it needs.
            CloudWatchLogsExport.Configure(options, cloudWatch, AwsCredentialsSource.FromDefaultChain(), cloudWatch.Endpoint);
        }

        return new OtlpLogExporter(options);
    }

    /// <summary>Where an exporter sends to, for the start-up diagnostic.</summary>
    public static string DestinationOf(SnapshotExporterKind kind, SnapshotExportSettings settings) => kind switch
    {
        SnapshotExporterKind.Otlp => $"{settings.Otlp.Endpoint} ({(settings.Otlp.Protocol == OtlpExportProtocol.Grpc ? "grpc" : "http/protobuf")})",
        _ => "the console",
    };

    /// <summary>
    /// Sets every option we read ourselves: the options' constructor also reads the process environment, and ours win.
    /// Given an endpoint, the exporter uses it as is (no <c>/v1/logs</c> is appended for http/protobuf).
    /// </summary>
    public static OtlpExporterOptions CreateOtlpOptions(OtlpSettings otlp) => new()
    {
        Endpoint = otlp.Endpoint,
        Protocol = otlp.Protocol,
        Headers = otlp.Headers,
        TimeoutMilliseconds = (int)Math.Clamp(otlp.Timeout.TotalMilliseconds, 1, int.MaxValue),
    };
}
