namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>
/// The rate limiters' real clock, held at the moment it is created: a limiter whose permits are taken in that window
/// stays exhausted for the whole run, and every check still pays for the clock read it pays in production.
/// </summary>
internal static class HeldClock
{
    public static Func<long> StartingNow()
    {
        var heldAt = Environment.TickCount64;
        return () => Math.Min(Environment.TickCount64, heldAt);
    }
}
