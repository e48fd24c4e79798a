namespace Distro.Debugger.Export.Settings;

/// <summary>The environment variables that shape snapshot export; the names follow the OpenTelemetry specification.</summary>
internal static class SnapshotExportVariables
{
    public const string Exporter = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_SNAPSHOT_EXPORTER";

    public const string LogsProtocol = "OTEL_EXPORTER_OTLP_LOGS_PROTOCOL";
    public const string Protocol = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string LogsHeaders = "OTEL_EXPORTER_OTLP_LOGS_HEADERS";
    public const string Headers = "OTEL_EXPORTER_OTLP_HEADERS";
    public const string LogsTimeout = "OTEL_EXPORTER_OTLP_LOGS_TIMEOUT";
    public const string Timeout = "OTEL_EXPORTER_OTLP_TIMEOUT";

    public const string MaxQueueSize = "OTEL_BLRP_MAX_QUEUE_SIZE";
    public const string MaxExportBatchSize = "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE";
    public const string ScheduleDelay = "OTEL_BLRP_SCHEDULE_DELAY";
    public const string ExportTimeout = "OTEL_BLRP_EXPORT_TIMEOUT";
}
