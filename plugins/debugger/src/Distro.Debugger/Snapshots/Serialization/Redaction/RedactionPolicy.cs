using System.Collections.Concurrent;

namespace Distro.Debugger.Snapshots.Serialization.Redaction;

/// <summary>
/// Decides which values a snapshot must not show. A name (field, argument, local, string dictionary key) is
/// normalized (<see cref="IdentifierNormalizer"/>), then redacted when it is one of the listed names as a whole,
/// or contains one of the listed fragments. Excluded identifiers are removed from both lists and are never
/// redacted themselves. A type is redacted when its snapshot name matches a configured pattern.
/// </summary>
internal sealed class RedactionPolicy
{
    // Names taken from code (fields, parameters) repeat on every hit; their verdicts are cached up to this count.
    private const int MaxCachedIdentifiers = 4096;

    // Sorted ordinally, so that a normalized name on the stack is looked up without making a string of it.
    private readonly string[] _names;
    private readonly string[] _excluded;
    private readonly string[] _fragments;
    private readonly TypeNamePattern[] _typePatterns;
    private readonly ConcurrentDictionary<string, bool> _identifierVerdicts = new(StringComparer.Ordinal);
    private int _cachedIdentifierCount;

    public RedactionPolicy(
        IEnumerable<string> names,
        IEnumerable<string> fragments,
        IEnumerable<string> excludedNames,
        IEnumerable<string> typePatterns)
    {
        var excluded = NormalizedSet(excludedNames);
        var included = NormalizedSet(names);
        included.ExceptWith(excluded);
        _names = Sorted(included);
        _excluded = Sorted(excluded);
        _fragments = [.. NormalizedSet(fragments).Except(excluded, StringComparer.Ordinal)];
        _typePatterns = [.. typePatterns.Where(p => p.Length > 0).Select(p => new TypeNamePattern(p))];
    }

    public static RedactionPolicy Default { get; } = new(RedactionDefaults.Names, RedactionDefaults.Fragments, [], []);

    public static RedactionPolicy FromEnvironment(Func<string, string?> readVariable)
    {
        var settings = RedactionEnvironment.Read(readVariable);
        return new RedactionPolicy(
            RedactionDefaults.Names.Concat(settings.AddedIdentifiers),
            RedactionDefaults.Fragments,
            settings.ExcludedIdentifiers,
            settings.RedactedTypes);
    }

    public bool IsRedactedName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var buffer = name.Length <= IdentifierNormalizer.StackLimit
            ? stackalloc char[IdentifierNormalizer.StackLimit]
            : new char[name.Length];
        ReadOnlySpan<char> normalized = buffer[..IdentifierNormalizer.Normalize(name, buffer)];
        if (normalized.IsEmpty || Contains(_excluded, normalized))
        {
            return false;
        }

        if (Contains(_names, normalized))
        {
            return true;
        }

        foreach (var fragment in _fragments)
        {
            if (normalized.Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="IsRedactedName"/> for names that come from code, which repeat: the verdict is cached.
    /// Never use it for data such as dictionary keys, which would fill the cache.
    /// </summary>
    public bool IsRedactedIdentifier(string identifier)
    {
        if (_identifierVerdicts.TryGetValue(identifier, out var verdict))
        {
            return verdict;
        }

        verdict = IsRedactedName(identifier);
        if (Volatile.Read(ref _cachedIdentifierCount) < MaxCachedIdentifiers && _identifierVerdicts.TryAdd(identifier, verdict))
        {
            Interlocked.Increment(ref _cachedIdentifierCount);
        }

        return verdict;
    }

    public bool IsRedactedType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_typePatterns.Length == 0)
        {
            return false;
        }

        var typeName = TypeNameFormatter.Format(type);
        foreach (var pattern in _typePatterns)
        {
            if (pattern.Matches(typeName))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Sorted(HashSet<string> set)
    {
        var sorted = set.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static bool Contains(string[] sorted, ReadOnlySpan<char> value)
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = value.SequenceCompareTo(sorted[middle]);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return false;
    }

    private static HashSet<string> NormalizedSet(IEnumerable<string> identifiers)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identifier in identifiers)
        {
            var normalized = IdentifierNormalizer.Normalize(identifier);
            if (normalized.Length > 0)
            {
                set.Add(normalized);
            }
        }

        return set;
    }
}
