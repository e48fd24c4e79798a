namespace Distro.Contract.Mocks.ConfigApi;

internal readonly record struct ConfigurationSetKey(string Service, string Environment, InstrumentationType Type);

internal sealed record StoredConfiguration(string LocationHash, string Json);

/// <summary>An immutable set of configurations and the version that names it.</summary>
internal sealed record ConfigurationSet(long Version, IReadOnlyList<StoredConfiguration> Items);

/// <summary>
/// The configurations per (service, environment, type). Every change gives that set a new version, and
/// versions never repeat, so the cursor made from a version changes exactly when the set does.
/// </summary>
internal sealed class ConfigurationSets(long firstVersion)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ConfigurationSetKey, ConfigurationSet> _sets = [];
    private readonly ConfigurationSet _neverSet = new(firstVersion, []);
    private long _lastVersion = firstVersion;

    public ConfigurationSet Get(ConfigurationSetKey key)
    {
        lock (_gate)
        {
            return Current(key);
        }
    }

    public void Replace(ConfigurationSetKey key, IReadOnlyList<StoredConfiguration> items) =>
        Change(key, _ => [.. items]);

    /// <summary>Replaces the configuration with the same LocationHash in place, or appends it.</summary>
    public void Put(ConfigurationSetKey key, StoredConfiguration item) => Change(key, items =>
    {
        var changed = items.ToList();
        var index = changed.FindIndex(c => c.LocationHash == item.LocationHash);
        if (index >= 0)
        {
            changed[index] = item;
        }
        else
        {
            changed.Add(item);
        }

        return changed;
    });

    public bool Remove(ConfigurationSetKey key, string locationHash)
    {
        lock (_gate)
        {
            var items = Current(key).Items;
            if (!items.Any(c => c.LocationHash == locationHash))
            {
                return false;
            }

            _sets[key] = new ConfigurationSet(++_lastVersion, [.. items.Where(c => c.LocationHash != locationHash)]);
            return true;
        }
    }

    private void Change(ConfigurationSetKey key, Func<IReadOnlyList<StoredConfiguration>, IReadOnlyList<StoredConfiguration>> change)
    {
        lock (_gate)
        {
            _sets[key] = new ConfigurationSet(++_lastVersion, change(Current(key).Items));
        }
    }

    // A key never set holds the empty set at the first version.
    private ConfigurationSet Current(ConfigurationSetKey key) => _sets.TryGetValue(key, out var set) ? set : _neverSet;
}
