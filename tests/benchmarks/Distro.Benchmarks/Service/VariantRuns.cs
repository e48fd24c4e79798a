using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Service;

/// <summary>The measured runs of one variant, gathered round by round.</summary>
internal sealed class VariantRuns(TimeSpan warmUp)
{
    private readonly List<WrkRun> _runs = [];
    private readonly List<long> _snapshots = [];

    public void Add(WrkRun run, long snapshots)
    {
        _runs.Add(run);
        _snapshots.Add(snapshots);
    }

    public VariantThroughput ToResult(ServiceVariant variant, long residentSetBytes) => new(
        variant.ToString(),
        warmUp.TotalSeconds,
        [.. _runs.Select(run => run.RequestsPerSecond)],
        _snapshots,
        _runs.Sum(run => run.FailedResponses),
        _runs.Sum(run => run.SocketErrors),
        residentSetBytes);
}
