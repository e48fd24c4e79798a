using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

// Readers of dictionaries. Enumerating these walks their storage: no key is hashed or compared, so a
// user comparer or a user key's GetHashCode/Equals never runs.

internal sealed class DictionaryEntriesReader<TKey, TValue>() : DictionaryReader(typeof(TKey), typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        var map = (Dictionary<TKey, TValue>)dictionary;
        return CollectionRead.Of(
            map.Count,
            EnumeratorCopy.Entries<Dictionary<TKey, TValue>.Enumerator, TKey, TValue>(map.GetEnumerator(), keys, values, budget));
    }
}

internal sealed class SortedDictionaryReader<TKey, TValue>() : DictionaryReader(typeof(TKey), typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        var map = (SortedDictionary<TKey, TValue>)dictionary;
        return CollectionRead.Of(
            map.Count,
            EnumeratorCopy.Entries<SortedDictionary<TKey, TValue>.Enumerator, TKey, TValue>(map.GetEnumerator(), keys, values, budget));
    }
}

internal sealed class SortedListReader<TKey, TValue>() : DictionaryReader(typeof(TKey), typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        // Indexed access: the list's own enumerator is only reachable through an interface a subclass could re-implement.
        var list = (SortedList<TKey, TValue>)dictionary;
        var size = list.Count;
        var copied = 0;
        while (copied < keys.Length && copied < size && !budget.ShouldStop())
        {
            keys[copied] = list.GetKeyAtIndex(copied);
            values[copied] = list.GetValueAtIndex(copied);
            copied++;
        }

        return CollectionRead.Of(size, copied);
    }
}

internal sealed class ConcurrentDictionaryReader<TKey, TValue>() : DictionaryReader(typeof(TKey), typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        var map = (ConcurrentDictionary<TKey, TValue>)dictionary;
        return CollectionRead.Of(
            map.Count,
            EnumeratorCopy.Entries<IEnumerator<KeyValuePair<TKey, TValue>>, TKey, TValue>(map.GetEnumerator(), keys, values, budget));
    }
}

internal sealed class ImmutableDictionaryReader<TKey, TValue>() : DictionaryReader(typeof(TKey), typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        var map = (ImmutableDictionary<TKey, TValue>)dictionary;
        return CollectionRead.Of(
            map.Count,
            EnumeratorCopy.Entries<ImmutableDictionary<TKey, TValue>.Enumerator, TKey, TValue>(map.GetEnumerator(), keys, values, budget));
    }
}

internal sealed class ImmutableSortedDictionaryReader<TKey, TValue>() : DictionaryReader(typeof(TKey), typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        var map = (ImmutableSortedDictionary<TKey, TValue>)dictionary;
        return CollectionRead.Of(
            map.Count,
            EnumeratorCopy.Entries<ImmutableSortedDictionary<TKey, TValue>.Enumerator, TKey, TValue>(map.GetEnumerator(), keys, values, budget));
    }
}

internal sealed class FrozenDictionaryReader<TKey, TValue>() : DictionaryReader(typeof(TKey), typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        var map = (FrozenDictionary<TKey, TValue>)dictionary;
        return CollectionRead.Of(
            map.Count,
            EnumeratorCopy.Entries<FrozenDictionary<TKey, TValue>.Enumerator, TKey, TValue>(map.GetEnumerator(), keys, values, budget));
    }
}
