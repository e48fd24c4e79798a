namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// Counts the records one pipeline holds, from the moment its processor accepts one until the export that carried it
/// has returned. Kept at or below the SDK queue's own size, so the SDK never drops a record that we did not count.
/// </summary>
internal sealed class QueueCapacity(int capacity)
{
    private long _used;

    public bool TryReserve()
    {
        if (Interlocked.Increment(ref _used) <= capacity)
        {
            return true;
        }

        Interlocked.Decrement(ref _used);
        return false;
    }

    public void Release(long count) => Interlocked.Add(ref _used, -count);
}
