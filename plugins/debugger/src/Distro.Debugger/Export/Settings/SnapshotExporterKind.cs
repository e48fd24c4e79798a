namespace Distro.Debugger.Export.Settings;

/// <summary>Where snapshots can be sent; <c>none</c> is an empty list of kinds.</summary>
internal enum SnapshotExporterKind
{
    Otlp,
    Console,
}
