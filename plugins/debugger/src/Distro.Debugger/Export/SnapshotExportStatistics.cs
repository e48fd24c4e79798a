namespace Distro.Debugger.Export;

/// <summary>Totals over every exporter since export started; a snapshot sent to two exporters counts twice.</summary>
/// <remarks>
/// <para><c>Dropped</c>: refused because a queue was full, export was stopping, or queuing failed.</para>
/// <para><c>Discarded</c>: dropped because no exporter is configured (<c>none</c>).</para>
/// <para><c>Exported</c>, <c>ExportFailed</c>: in batches the exporters sent, or failed to send.</para>
/// </remarks>
internal sealed record SnapshotExportStatistics(long Dropped, long Discarded, long Exported, long ExportFailed);
