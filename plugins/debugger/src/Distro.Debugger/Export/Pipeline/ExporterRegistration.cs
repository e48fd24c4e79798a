using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// Registers a wrapped exporter with the logger provider without exporting through it. The SDK gives an exporter its
/// provider (and with it the resource that the OTLP exporter sends) only through the processor that holds it, and the
/// batch processor holds our <see cref="CapacityReleasingExporter"/> instead. This processor also owns the wrapped
/// exporter's disposal.
/// </summary>
internal sealed class ExporterRegistration(BaseExporter<LogRecord> exporter) : BaseExportProcessor<LogRecord>(exporter)
{
    protected override void OnExport(LogRecord data)
    {
        // Records reach the exporter through the batch processor only.
    }
}
