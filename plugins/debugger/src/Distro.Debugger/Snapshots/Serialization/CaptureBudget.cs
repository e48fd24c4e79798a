using System.Diagnostics;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// The time one snapshot may spend capturing. Once the deadline passes, every further value is written as
/// not captured (<c>timeout</c>). One budget belongs to one snapshot on one thread: not thread-safe.
/// </summary>
internal sealed class CaptureBudget
{
    // Reading the clock costs about as much as writing a small value, so the hot path reads it every few dozen values.
    private const int ValuesPerClockRead = 32;

    private readonly long _deadline;
    private int _valuesUntilClockRead;
    private bool _exhausted;
    private bool _exhaustionReported;

    private CaptureBudget(TimeSpan budget, long deadline)
    {
        Budget = budget;
        _deadline = deadline;
    }

    public TimeSpan Budget { get; }

    /// <summary>Whether the deadline has passed (reads the clock).</summary>
    public bool IsExhausted
    {
        get
        {
            if (!_exhausted && Stopwatch.GetTimestamp() >= _deadline)
            {
                _exhausted = true;
            }

            return _exhausted;
        }
    }

    public static CaptureBudget Start(TimeSpan budget)
    {
        var now = Stopwatch.GetTimestamp();
        var ticks = budget <= TimeSpan.Zero ? 0 : budget.TotalSeconds * Stopwatch.Frequency;
        var deadline = ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
        return new CaptureBudget(budget, deadline);
    }

    /// <summary>Called once per value: whether capture must stop. Reads the clock only every few calls.</summary>
    internal bool ShouldStop()
    {
        if (_exhausted)
        {
            return true;
        }

        if (--_valuesUntilClockRead > 0)
        {
            return false;
        }

        _valuesUntilClockRead = ValuesPerClockRead;
        return IsExhausted;
    }

    /// <summary>True the first time only, so that an exhausted snapshot is reported once.</summary>
    internal bool TryMarkExhaustionReported()
    {
        if (_exhaustionReported)
        {
            return false;
        }

        _exhaustionReported = true;
        return true;
    }
}
