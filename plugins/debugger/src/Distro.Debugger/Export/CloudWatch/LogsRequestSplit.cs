namespace Distro.Debugger.Export.CloudWatch;

/// <summary>The requests an export became, and the records left out because one alone is over the limit.</summary>
internal sealed record LogsRequestSplit(IReadOnlyList<ReadOnlyMemory<byte>> Parts, int DroppedRecords, long LargestDroppedBytes);
