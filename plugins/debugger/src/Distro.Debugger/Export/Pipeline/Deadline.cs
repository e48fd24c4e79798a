using System.Diagnostics;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>One time budget shared by steps that run one after another.</summary>
internal readonly struct Deadline
{
    private readonly long _start;
    private readonly TimeSpan _budget;

    private Deadline(TimeSpan budget)
    {
        _start = Stopwatch.GetTimestamp();
        _budget = budget;
    }

    public static Deadline After(TimeSpan budget) => new(budget);

    public TimeSpan Remaining
    {
        get
        {
            var left = _budget - Stopwatch.GetElapsedTime(_start);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}
