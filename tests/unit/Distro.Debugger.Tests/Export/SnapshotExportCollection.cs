namespace Distro.Debugger.Tests.Export;

/// <summary>
/// Tests that run export pipelines share this collection and so run one at a time: their event assertions cannot see
/// another test's pipeline, and their export threads do not compete for the machine's cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SnapshotExportCollection
{
    public const string Name = "Snapshot export pipelines";
}
