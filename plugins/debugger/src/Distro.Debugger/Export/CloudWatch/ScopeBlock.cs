namespace Distro.Debugger.Export.CloudWatch;

/// <summary>One <c>ScopeLogs</c>: its fields other than the records (scope, schema URL), kept as encoded, and each record's encoded <c>LogRecord</c>.</summary>
internal sealed record ScopeBlock(ReadOnlyMemory<byte> Header, IReadOnlyList<ReadOnlyMemory<byte>> Records);
