namespace Distro.Debugger.Export.CloudWatch;

/// <summary>One <c>ResourceLogs</c> of an OTLP logs request: its fields other than the scopes (resource, schema URL), kept as encoded, and its scopes.</summary>
internal sealed record ResourceBlock(ReadOnlyMemory<byte> Header, IReadOnlyList<ScopeBlock> Scopes);
