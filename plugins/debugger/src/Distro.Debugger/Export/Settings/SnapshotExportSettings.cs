using System.Collections.Immutable;
using Distro.Host.Configuration;

namespace Distro.Debugger.Export.Settings;

/// <summary>Everything snapshot export needs, read by <see cref="SnapshotExportSettingsReader"/>.</summary>
/// <remarks>
/// <para><c>Exporters</c>: the exporters to send every snapshot to; empty when export is off (<c>none</c>).</para>
/// <para><c>ShutdownTimeout</c>: how long disposing may wait for queued snapshots to be sent.</para>
/// </remarks>
internal sealed record SnapshotExportSettings(
    ImmutableArray<SnapshotExporterKind> Exporters,
    OtlpSettings Otlp,
    BatchSettings Batch,
    ResourceSettings Resource,
    TimeSpan ShutdownTimeout)
{
    /// <summary>As long as the OpenTelemetry SDK gives a provider to shut down.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(5);
}
