namespace Distro.Debugger.RateLimiting;

/// <summary>
/// A millisecond clock that costs one memory read, for the rate limiters: a busy probe asks them on every call, and
/// reading the system clock each time cost more than all the rest of a refusal. A thread of ours advances it every
/// <see cref="ResolutionMilliseconds"/>. Should that thread fall behind, time seems to stand still: the limiters then
/// admit fewer snapshots, never more.
/// </summary>
internal static class CoarseClock
{
    /// <summary>How far the clock may lag the system clock; small beside the limiters' one-second windows.</summary>
    public const int ResolutionMilliseconds = 10;

    private static long s_nowMilliseconds = Environment.TickCount64;
    private static int s_started;

    /// <summary>Milliseconds on the same scale as <see cref="Environment.TickCount64"/>, at most a resolution behind.</summary>
    public static long NowMilliseconds => Volatile.Read(ref s_nowMilliseconds);

    /// <summary>Starts the thread that advances the clock, once per process.</summary>
    public static void EnsureStarted()
    {
        if (Volatile.Read(ref s_started) != 0 || Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        Volatile.Write(ref s_nowMilliseconds, Environment.TickCount64);
        try
        {
            new Thread(Advance) { IsBackground = true, Name = "OpenTelemetry-Distro-Clock" }.Start();
        }
        catch
        {
            // A clock nobody advances would refuse every later window in silence: let the next limiter try again,
            // and its creator report the failure.
            Volatile.Write(ref s_started, 0);
            throw;
        }
    }

    private static void Advance()
    {
        while (true)
        {
            Thread.Sleep(ResolutionMilliseconds);
            Volatile.Write(ref s_nowMilliseconds, Environment.TickCount64);
        }
    }
}
