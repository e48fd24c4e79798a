namespace Distro.Debugger.Resolution;

/// <summary>A bounded map that evicts its least recently used entry. Not thread-safe: its owner locks.</summary>
internal sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _nodes = [];
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _recentFirst = new();

    public LruCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count => _nodes.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_nodes.TryGetValue(key, out var node))
        {
            _recentFirst.Remove(node);
            _recentFirst.AddFirst(node);
            value = node.Value.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Adds or replaces an entry; returns the values that left the cache (replaced or evicted) for their owner to release.</summary>
    public IReadOnlyList<TValue> Add(TKey key, TValue value)
    {
        var removed = new List<TValue>();
        if (_nodes.Remove(key, out var existing))
        {
            _recentFirst.Remove(existing);
            removed.Add(existing.Value.Value);
        }

        _nodes[key] = _recentFirst.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
        while (_nodes.Count > _capacity && _recentFirst.Last is { } oldest)
        {
            _recentFirst.RemoveLast();
            _nodes.Remove(oldest.Value.Key);
            removed.Add(oldest.Value.Value);
        }

        return removed;
    }

    /// <summary>Empties the cache; returns every value for its owner to release.</summary>
    public IReadOnlyList<TValue> Clear()
    {
        var removed = _recentFirst.Select(entry => entry.Value).ToList();
        _nodes.Clear();
        _recentFirst.Clear();
        return removed;
    }
}
