namespace Distro.Contract.Mocks.Hosting;

/// <summary>
/// Faults that tests asked for, each applied to a number of upcoming requests, in the order they were
/// scheduled, optionally only to requests of one kind (a signal, an endpoint).
/// </summary>
internal sealed class FaultSchedule<TFault, TTarget>
    where TFault : notnull
    where TTarget : struct, Enum
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public void Add(TFault fault, int requests, TTarget? target)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(fault, target) { Remaining = requests });
        }
    }

    /// <summary>Takes one use of the first fault that applies to <paramref name="target"/>, if any.</summary>
    public bool TryTake(TTarget target, out TFault fault)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => e.Target is null || e.Target.Value.Equals(target));
            if (entry is null)
            {
                fault = default!;
                return false;
            }

            if (--entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            fault = entry.Fault;
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    private sealed class Entry(TFault fault, TTarget? target)
    {
        public TFault Fault { get; } = fault;

        public TTarget? Target { get; } = target;

        public int Remaining { get; set; }
    }
}
