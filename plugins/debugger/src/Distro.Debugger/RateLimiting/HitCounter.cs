namespace Distro.Debugger.RateLimiting;

/// <summary>Counts the hits of a probe that may fire only so many times (a BREAKPOINT's MaxHits), lock-free.</summary>
internal sealed class HitCounter(int maximumHits)
{
    private int _hits;

    public int MaximumHits { get; } = maximumHits;

    public int Hits => Volatile.Read(ref _hits);

    public bool IsExhausted => Hits >= MaximumHits;

    /// <summary>Counts a hit if any are left; returns the hit's number (1-based), or 0 when exhausted.</summary>
    public int TryHit()
    {
        while (true)
        {
            var hits = Volatile.Read(ref _hits);
            if (hits >= MaximumHits)
            {
                return 0;
            }

            if (Interlocked.CompareExchange(ref _hits, hits + 1, hits) == hits)
            {
                return hits + 1;
            }
        }
    }
}
