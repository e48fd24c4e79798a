using Distro.Debugger.RateLimiting;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>
/// The rate limiters' real clock (<see cref="CoarseClock"/>), held at the moment it is created: a limiter whose permits
/// are taken in that window stays exhausted for the whole run, and every check still reads the clock as it does in
/// production (through a delegate here, which production does not pay).
/// </summary>
internal static class HeldClock
{
    public static Func<long> StartingNow()
    {
        var heldAt = CoarseClock.NowMilliseconds;
        return () => Math.Min(CoarseClock.NowMilliseconds, heldAt);
    }
}
