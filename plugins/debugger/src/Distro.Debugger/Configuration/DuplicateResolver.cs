using System.Collections.Immutable;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Keeps one configuration per identity: the one created last (a missing CreatedAt counts as the oldest; on a tie
/// the first one listed stays). The others are reported and dropped. Order of first appearance is preserved.
/// </summary>
internal sealed class DuplicateResolver(DiagnosticSink sink)
{
    private readonly List<InstrumentationConfiguration> _kept = [];
    private readonly Dictionary<ConfigurationIdentity, int> _indexByIdentity = [];

    public void Add(InstrumentationConfiguration configuration, string path)
    {
        if (!_indexByIdentity.TryGetValue(configuration.Identity, out var index))
        {
            _indexByIdentity.Add(configuration.Identity, _kept.Count);
            _kept.Add(configuration);
            return;
        }

        var existing = _kept[index];
        var replace = Newer(configuration.CreatedAt, existing.CreatedAt);
        if (replace)
        {
            _kept[index] = configuration;
        }

        sink.Report(
            ConfigurationIssue.DuplicateConfiguration,
            configuration.LocationHash,
            path,
            $"{WireNames.Of(configuration.Type)} {configuration.LocationHash} appears more than once; "
                + (replace ? "this later-created copy replaces the earlier one" : "this copy is not newer and is dropped"));
    }

    public ImmutableArray<InstrumentationConfiguration> ToImmutable() => [.. _kept];

    private static bool Newer(DateTimeOffset? candidate, DateTimeOffset? existing) =>
        candidate is { } c && (existing is not { } e || c > e);
}
