namespace Distro.Debugger.RateLimiting;

/// <summary>
/// Admits at most <see cref="PermitsPerWindow"/> events per fixed window of time, lock-free. The common case on a
/// busy probe is a refusal, which costs one clock read, one memory read and a comparison, and allocates nothing.
/// </summary>
internal sealed class WindowRateLimiter
{
    private const int CountBits = 24;
    private const long CountMask = (1L << CountBits) - 1;

    private readonly Func<long> _clockMilliseconds;
    private readonly long _windowMilliseconds;

    /// <summary>The window number in the high bits, the permits taken in it in the low <see cref="CountBits"/> bits.</summary>
    private long _state;

    public WindowRateLimiter(int permitsPerWindow, TimeSpan window, Func<long>? clockMilliseconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitsPerWindow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitsPerWindow, (int)CountMask);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        PermitsPerWindow = permitsPerWindow;
        _windowMilliseconds = (long)window.TotalMilliseconds;
        _clockMilliseconds = clockMilliseconds ?? (static () => Environment.TickCount64);
        _state = -1L << CountBits;
    }

    public int PermitsPerWindow { get; }

    /// <summary>Takes a permit if the current window has one left.</summary>
    public bool TryAcquire()
    {
        if (PermitsPerWindow == 0)
        {
            return false;
        }

        var window = _clockMilliseconds() / _windowMilliseconds;
        while (true)
        {
            var state = Volatile.Read(ref _state);
            var stateWindow = state >> CountBits;
            var taken = state & CountMask;
            if (stateWindow == window && taken >= PermitsPerWindow)
            {
                return false;
            }

            var next = stateWindow == window ? state + 1 : (window << CountBits) | 1;
            if (Interlocked.CompareExchange(ref _state, next, state) == state)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a permit taken in the current window, when what it was for did not happen after all.</summary>
    public void Release()
    {
        var window = _clockMilliseconds() / _windowMilliseconds;
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state >> CountBits != window || (state & CountMask) == 0)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _state, state - 1, state) == state)
            {
                return;
            }
        }
    }
}
