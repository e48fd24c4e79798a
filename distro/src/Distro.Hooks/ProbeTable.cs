namespace Distro.Hooks;

/// <summary>
/// A bounded table from the ids baked into rewritten IL to probes. An id names a slot and a generation of that slot.
/// A slot is reused once its probe is removed, under the next generation, so a body rewritten for the old probe, which
/// may run on some thread long after the removal (a line probe inside a loop keeps being reached), looks up an id that
/// matches nothing: it never reaches the probe that now holds the slot. A slot whose generations are used up is
/// retired, so no id is ever handed out twice. Reads are lock-free: a slot holds its id and probe in one object.
/// </summary>
internal sealed class ProbeTable
{
    private const int InitialSlots = 64;

    private readonly object _gate = new();
    private readonly int _slotBits;
    private readonly int _slotMask;
    private readonly int _lastGeneration;
    private readonly Queue<int> _freeSlots = new();
    private Registration?[] _slots;
    private int[] _generations;
    private int _slotsInUse;

    /// <param name="slotBits">The id bits naming the slot: at most 2^slotBits probes are registered at once.</param>
    /// <param name="generationBits">The id bits naming the generation: each slot serves 2^generationBits - 1 probes, then retires.</param>
    public ProbeTable(int slotBits, int generationBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slotBits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(generationBits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slotBits + generationBits, 31);
        _slotBits = slotBits;
        _slotMask = (1 << slotBits) - 1;
        _lastGeneration = (1 << generationBits) - 1;
        _slots = new Registration?[Math.Min(InitialSlots, Capacity)];
        _generations = new int[_slots.Length];
    }

    /// <summary>The most probes registered at once.</summary>
    public int Capacity => 1 << _slotBits;

    /// <summary>Registers a probe and returns its id (positive), or 0 when every slot holds a probe or has retired.</summary>
    public int Register(object probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        lock (_gate)
        {
            if (!_freeSlots.TryDequeue(out var slot))
            {
                if (_slotsInUse == Capacity)
                {
                    return 0;
                }

                slot = _slotsInUse++;
                EnsureLength(slot + 1);
            }

            var generation = ++_generations[slot];
            var id = (generation << _slotBits) | slot;
            Volatile.Write(ref _slots[slot], new Registration(id, probe));
            return id;
        }
    }

    /// <summary>Removes the probe registered under <paramref name="id"/>; an id already removed or never handed out is ignored.</summary>
    public void Unregister(int id)
    {
        lock (_gate)
        {
            var slot = SlotOf(id);
            if (id <= 0 || slot >= _slotsInUse || _slots[slot]?.Id != id)
            {
                return;
            }

            Volatile.Write(ref _slots[slot], null);
            if (_generations[slot] < _lastGeneration)
            {
                _freeSlots.Enqueue(slot);
            }
        }
    }

    public T? Find<T>(int id)
        where T : class
    {
        var slots = Volatile.Read(ref _slots);
        var slot = SlotOf(id);
        var registration = slot < slots.Length ? Volatile.Read(ref slots[slot]) : null;
        return registration is not null && registration.Id == id ? registration.Probe as T : null;
    }

    private int SlotOf(int id) => id & _slotMask;

    /// <summary>Grows the arrays by doubling; readers holding the old array find at worst a probe that was just removed.</summary>
    private void EnsureLength(int length)
    {
        if (length <= _slots.Length)
        {
            return;
        }

        var size = Math.Min(Math.Max(length, _slots.Length * 2), Capacity);
        var slots = new Registration?[size];
        Array.Copy(_slots, slots, _slots.Length);
        Array.Resize(ref _generations, size);
        Volatile.Write(ref _slots, slots);
    }

    private sealed record Registration(int Id, object Probe);
}
