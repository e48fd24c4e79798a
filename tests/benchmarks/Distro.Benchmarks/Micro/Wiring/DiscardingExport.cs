using Distro.Debugger.Configuration;
using Distro.Debugger.Export;
using Distro.Debugger.Export.Settings;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>
/// The real snapshot export pipeline (OpenTelemetry logger, context processor, bounded batch queue, export thread) with
/// the console exporter writing to <see cref="TextWriter.Null"/>: the calling thread does exactly what it does with the
/// OTLP exporter, and the export thread needs no collector. The export thread's own work and garbage differ from the
/// OTLP exporter's, and some of the collections that garbage causes run on the calling thread.
/// </summary>
internal static class DiscardingExport
{
    public static SnapshotExportPipeline Create()
    {
        var variables = new Dictionary<string, string>
        {
            [SnapshotExportVariables.Exporter] = "console",
            ["OTEL_SERVICE_NAME"] = "distro-benchmarks",
        };
        string? Lookup(string name) => variables.GetValueOrDefault(name);
        var debugger = DebuggerSettingsReader.Read(Lookup).Settings;
        return new SnapshotExportPipeline(SnapshotExportSettingsReader.Read(Lookup, debugger).Settings, TextWriter.Null);
    }
}
