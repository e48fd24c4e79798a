namespace Distro.Debugger.Export.Settings;

/// <summary>What the snapshots' OpenTelemetry resource says about the service.</summary>
/// <remarks>
/// <para><c>Attributes</c>: the other pairs of <c>OTEL_RESOURCE_ATTRIBUTES</c>, kept as the user wrote them.</para>
/// </remarks>
internal sealed record SnapshotResource(string ServiceName, string Environment, IReadOnlyDictionary<string, string> Attributes);
