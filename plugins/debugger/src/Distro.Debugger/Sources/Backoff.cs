namespace Distro.Debugger.Sources;

/// <summary>
/// Exponential backoff with jitter: the initial delay, doubled after each further failure, capped, then jittered.
/// Used by one loop at a time.
/// </summary>
internal sealed class Backoff(TimeSpan initial, TimeSpan max)
{
    private int _failures;

    /// <summary>The wait after one more failure; <paramref name="cap"/> bounds it below <c>max</c> when shorter.</summary>
    public TimeSpan Next(TimeSpan cap)
    {
        var limit = cap < max ? cap : max;

        // In seconds, as a double: doubling a TimeSpan could overflow long before the limit applies.
        var seconds = initial.TotalSeconds * Math.Pow(2, Math.Min(_failures, 62));
        _failures = Math.Min(_failures + 1, 62);
        return Jitter.Apply(seconds < limit.TotalSeconds ? TimeSpan.FromSeconds(seconds) : limit);
    }

    public void Reset() => _failures = 0;
}
