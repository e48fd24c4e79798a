using System.Collections.Immutable;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Compares the full current set of one instrumentation type (a response with <c>Changed: true</c>, all pages)
/// with the configurations applied now. Configurations of the other type are never touched, so the PROBE and
/// BREAKPOINT poll loops stay independent. Cost is one lookup per configuration; unchanged ones allocate nothing.
/// </summary>
internal sealed class ConfigurationDiffer(TimeProvider clock)
{
    /// <remarks>
    /// <para><c>applied</c>: What is applied now, of any type, keyed by identity.</para>
    /// <para><c>latest</c>: The new full set; configurations of another type are ignored, and for a repeated identity the first wins.</para>
    /// </remarks>
    public ConfigurationDiff Diff(
        InstrumentationType type,
        IReadOnlyDictionary<ConfigurationIdentity, InstrumentationConfiguration> applied,
        IReadOnlyList<InstrumentationConfiguration> latest)
    {
        var now = clock.GetUtcNow();
        var added = ImmutableArray.CreateBuilder<InstrumentationConfiguration>();
        var changed = ImmutableArray.CreateBuilder<ConfigurationChange>();
        var unchanged = ImmutableArray.CreateBuilder<InstrumentationConfiguration>();
        var expired = ImmutableArray.CreateBuilder<InstrumentationConfiguration>();
        var seen = new HashSet<ConfigurationIdentity>();

        foreach (var configuration in latest)
        {
            if (configuration.Type != type || !seen.Add(configuration.Identity))
            {
                continue;
            }

            if (configuration.IsExpiredAt(now))
            {
                expired.Add(configuration);
            }
            else if (!applied.TryGetValue(configuration.Identity, out var current))
            {
                added.Add(configuration);
            }
            else if (current.IsSameVersionAs(configuration))
            {
                unchanged.Add(current);
            }
            else
            {
                changed.Add(new ConfigurationChange(current, configuration));
            }
        }

        var removed = ImmutableArray.CreateBuilder<InstrumentationConfiguration>();
        foreach (var (identity, configuration) in applied)
        {
            if (identity.Type == type && !seen.Contains(identity))
            {
                removed.Add(configuration);
            }
        }

        return new ConfigurationDiff(
            added.ToImmutable(),
            changed.ToImmutable(),
            removed.ToImmutable(),
            unchanged.ToImmutable(),
            expired.ToImmutable());
    }
}
