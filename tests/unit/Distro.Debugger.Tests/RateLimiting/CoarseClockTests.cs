using Distro.Debugger.RateLimiting;
using Distro.Debugger.Tests.Sources;

namespace Distro.Debugger.Tests.RateLimiting;

public class CoarseClockTests
{
    [Fact]
    public void NowMilliseconds_Started_IsNeverAheadOfTheSystemClock()
    {
        CoarseClock.EnsureStarted();

        for (var i = 0; i < 1000; i++)
        {
            var coarse = CoarseClock.NowMilliseconds;
            Assert.True(coarse <= Environment.TickCount64, $"coarse {coarse} ahead of the system clock");
        }
    }

    [Fact]
    public async Task NowMilliseconds_Started_FollowsTheSystemClock()
    {
        CoarseClock.EnsureStarted();
        var later = Environment.TickCount64 + 100;

        await Eventually.UntilAsync(() => CoarseClock.NowMilliseconds >= later, "the coarse clock passes the system clock's time of 100 ms later");

        Assert.True(Environment.TickCount64 - CoarseClock.NowMilliseconds < 1000, "the coarse clock fell a second behind");
    }

    [Fact]
    public async Task WindowRateLimiter_OnTheProcessClock_AdmitsAgainInTheNextWindow()
    {
        var limiter = new WindowRateLimiter(2, TimeSpan.FromMilliseconds(50));
        while (limiter.TryAcquire())
        {
        }

        await Eventually.UntilAsync(limiter.TryAcquire, "a later window admits again");
    }
}
