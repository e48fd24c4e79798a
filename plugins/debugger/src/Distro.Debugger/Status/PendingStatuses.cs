using Distro.Debugger.Configuration;

namespace Distro.Debugger.Status;

/// <summary>
/// The statuses waiting to be sent: only the latest per configuration, oldest first, at most <c>capacity</c>
/// configurations. Beyond that the oldest is dropped and counted. Thread-safe; every operation is O(1) per status.
/// </summary>
internal sealed class PendingStatuses(int capacity)
{
    private readonly object _lock = new();
    private readonly LinkedList<ConfigurationStatus> _oldestFirst = new();
    private readonly Dictionary<ConfigurationIdentity, LinkedListNode<ConfigurationStatus>> _byIdentity = [];
    private long _dropped;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _oldestFirst.Count;
            }
        }
    }

    /// <summary>How many statuses were dropped for want of room since the start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Adds a status, replacing the pending one of the same configuration; false when one was dropped to make room.</summary>
    public bool Add(ConfigurationStatus status)
    {
        lock (_lock)
        {
            var identity = IdentityOf(status);
            if (_byIdentity.Remove(identity, out var replaced))
            {
                _oldestFirst.Remove(replaced);
            }

            var dropped = false;
            if (_oldestFirst.Count >= capacity)
            {
                DropOldest();
                dropped = true;
            }

            _byIdentity[identity] = _oldestFirst.AddLast(status);
            return !dropped;
        }
    }

    /// <summary>Removes and returns up to <paramref name="maxCount"/> of the oldest statuses.</summary>
    public List<ConfigurationStatus> Take(int maxCount)
    {
        lock (_lock)
        {
            var taken = new List<ConfigurationStatus>(Math.Min(maxCount, _oldestFirst.Count));
            while (taken.Count < maxCount && _oldestFirst.First is { } oldest)
            {
                _oldestFirst.RemoveFirst();
                _byIdentity.Remove(IdentityOf(oldest.Value));
                taken.Add(oldest.Value);
            }

            return taken;
        }
    }

    /// <summary>
    /// Puts back statuses that could not be sent, ahead of the others, unless a newer status of the same
    /// configuration arrived meanwhile. Those that no longer fit are dropped.
    /// </summary>
    public void Return(IReadOnlyList<ConfigurationStatus> unsent)
    {
        lock (_lock)
        {
            for (var i = unsent.Count - 1; i >= 0; i--)
            {
                var identity = IdentityOf(unsent[i]);
                if (_byIdentity.ContainsKey(identity))
                {
                    continue;
                }

                if (_oldestFirst.Count >= capacity)
                {
                    Interlocked.Add(ref _dropped, i + 1);
                    return;
                }

                _byIdentity[identity] = _oldestFirst.AddFirst(unsent[i]);
            }
        }
    }

    /// <summary>Counts statuses given up on for another reason than room (an API that refuses them).</summary>
    public void CountDropped(int count) => Interlocked.Add(ref _dropped, count);

    private void DropOldest()
    {
        var oldest = _oldestFirst.First!;
        _oldestFirst.RemoveFirst();
        _byIdentity.Remove(IdentityOf(oldest.Value));
        Interlocked.Increment(ref _dropped);
    }

    private static ConfigurationIdentity IdentityOf(ConfigurationStatus status) => new(status.Type, status.LocationHash);
}
