namespace Distro.Benchmarks.Results;

/// <summary>What the export pipeline did with the snapshots the capture benchmark emitted, over its whole process.</summary>
internal sealed record CaptureExportCounts(long Exported, long Dropped, long ExportFailed);
