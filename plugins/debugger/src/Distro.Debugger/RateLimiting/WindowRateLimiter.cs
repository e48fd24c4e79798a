namespace Distro.Debugger.RateLimiting;

/// <summary>
/// Admits at most <see cref="PermitsPerWindow"/> events per fixed window of time, lock-free. The common case on a
/// busy probe is a refusal, which costs two memory reads (<see cref="CoarseClock"/> and the state) and a few comparisons,
/// and allocates nothing.
/// </summary>
internal sealed class WindowRateLimiter
{
    private const int CountBits = 24;
    private const long CountMask = (1L << CountBits) - 1;

    private readonly Func<long>? _clockMilliseconds;
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
        _clockMilliseconds = clockMilliseconds;
        _state = -1L << CountBits;
        if (clockMilliseconds is null)
        {
            CoarseClock.EnsureStarted();
        }
    }

    public int PermitsPerWindow { get; }

    /// <summary>Takes a permit if the current window has one left.</summary>
    public bool TryAcquire()
    {
        if (PermitsPerWindow == 0)
        {
            return false;
        }

        var now = NowMilliseconds();
        while (true)
        {
            var state = Volatile.Read(ref _state);
            var taken = state & CountMask;

            // Whether now falls in the state's window, by a multiplication: a 64-bit division would cost more than all
            // the rest of a refusal.
            var sinceWindowStart = now - ((state >> CountBits) * _windowMilliseconds);
            var inStateWindow = sinceWindowStart >= 0 && sinceWindowStart < _windowMilliseconds;
            if (inStateWindow && taken >= PermitsPerWindow)
            {
                return false;
            }

            var next = inStateWindow ? state + 1 : ((now / _windowMilliseconds) << CountBits) | 1;
            if (Interlocked.CompareExchange(ref _state, next, state) == state)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a permit taken in the current window, when what it was for did not happen after all.</summary>
    public void Release()
    {
        var window = NowMilliseconds() / _windowMilliseconds;
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

    // The coarse clock is read directly rather than through a delegate: this is on every call of a busy probe.
    private long NowMilliseconds() => _clockMilliseconds is null ? CoarseClock.NowMilliseconds : _clockMilliseconds();
}
