namespace Distro.Contract.Mocks.Hosting;

/// <summary>
/// A thread-safe, bounded log of received items that wakes waiters on every arrival, so tests wait
/// for what they expect without polling. When full it evicts the oldest items and counts them.
/// </summary>
internal sealed class SignalledRecordLog<T>
    where T : notnull
{
    private const int ItemsListedOnTimeout = 25;

    private readonly Lock _gate = new();
    private readonly Queue<T> _items = new();
    private readonly int _capacity;
    private readonly string _itemName;
    private TaskCompletionSource _arrival = NewArrival();
    private long _dropped;

    public SignalledRecordLog(int capacity, string itemName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _itemName = itemName;
    }

    public long Dropped
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    public void Add(T item) => AddRange([item]);

    public void AddRange(IReadOnlyCollection<T> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        TaskCompletionSource arrival;
        lock (_gate)
        {
            foreach (var item in items)
            {
                if (_items.Count == _capacity)
                {
                    _items.Dequeue();
                    _dropped++;
                }

                _items.Enqueue(item);
            }

            arrival = _arrival;
            _arrival = NewArrival();
        }

        arrival.SetResult();
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _items.Clear();
            _dropped = 0;
        }
    }

    /// <summary>
    /// Completes with every kept item that matches once at least <paramref name="count"/> do;
    /// throws a <see cref="TimeoutException"/> that lists what did arrive when the deadline passes first.
    /// </summary>
    public async Task<IReadOnlyList<T>> WaitForAsync(
        Func<T, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            T[] items;
            Task arrival;
            long dropped;
            lock (_gate)
            {
                items = [.. _items];
                arrival = _arrival.Task;
                dropped = _dropped;
            }

            var matches = items.Where(match).ToList();
            if (matches.Count >= count)
            {
                return matches;
            }

            try
            {
                await arrival.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(DescribeShortfall(count, matches.Count, timeout, items, dropped));
            }
        }
    }

    private string DescribeShortfall(int expected, int matched, TimeSpan timeout, T[] items, long dropped)
    {
        var lines = new List<string>
        {
            $"Expected {expected} matching {_itemName}(s) within {timeout.TotalSeconds:0.###} s but {matched} matched; " +
            $"{items.Length} received and kept, {dropped} evicted.",
        };
        var listed = items.TakeLast(ItemsListedOnTimeout).ToList();
        if (listed.Count < items.Length)
        {
            lines.Add($"  (the last {listed.Count} are listed)");
        }

        lines.AddRange(listed.Select(item => "  " + item));
        return string.Join(Environment.NewLine, lines);
    }

    private static TaskCompletionSource NewArrival() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
