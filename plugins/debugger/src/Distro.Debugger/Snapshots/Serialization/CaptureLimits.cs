namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// How much of a value a snapshot captures. Values arrive already clamped by the probe configuration.
/// Depth counts nesting steps from the captured variable (depth 0): an object at <see cref="MaxObjectDepth"/>
/// is not expanded; a collection nested inside <see cref="MaxCollectionDepth"/> collections is not expanded.
/// </summary>
internal sealed record CaptureLimits(
    int MaxStringLength = 255,
    int MaxCollectionWidth = 20,
    int MaxCollectionDepth = 3,
    int MaxObjectDepth = 3,
    int MaxFieldsPerObject = 20,
    TimeSpan? TimeBudget = null)
{
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromMilliseconds(200);

    public static CaptureLimits Default { get; } = new();

    /// <summary>The time one snapshot may spend capturing values.</summary>
    public TimeSpan SnapshotTimeBudget => TimeBudget ?? DefaultTimeBudget;
}
