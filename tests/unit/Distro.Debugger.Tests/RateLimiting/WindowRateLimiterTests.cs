using Distro.Debugger.RateLimiting;

namespace Distro.Debugger.Tests.RateLimiting;

public class WindowRateLimiterTests
{
    private long _now = 10_000;

    [Fact]
    public void TryAcquire_WithinOneWindow_AdmitsExactlyThePermitCount()
    {
        var limiter = new WindowRateLimiter(5, TimeSpan.FromSeconds(1), () => _now);

        var admitted = Enumerable.Range(0, 20).Count(_ => limiter.TryAcquire());

        Assert.Equal(5, admitted);
    }

    [Fact]
    public void TryAcquire_InTheNextWindow_AdmitsAgain()
    {
        var limiter = new WindowRateLimiter(2, TimeSpan.FromSeconds(1), () => _now);
        limiter.TryAcquire();
        limiter.TryAcquire();

        Assert.False(limiter.TryAcquire());
        _now += 1000;
        Assert.True(limiter.TryAcquire());
        Assert.True(limiter.TryAcquire());
        Assert.False(limiter.TryAcquire());
    }

    [Fact]
    public void TryAcquire_ZeroPermits_NeverAdmits()
    {
        var limiter = new WindowRateLimiter(0, TimeSpan.FromSeconds(1), () => _now);

        Assert.False(limiter.TryAcquire());
    }

    [Fact]
    public void Release_AfterAcquire_GivesThePermitBack()
    {
        var limiter = new WindowRateLimiter(1, TimeSpan.FromSeconds(1), () => _now);
        Assert.True(limiter.TryAcquire());

        limiter.Release();

        Assert.True(limiter.TryAcquire());
        Assert.False(limiter.TryAcquire());
    }

    [Fact]
    public void TryAcquire_FromManyThreadsAtOnce_NeverAdmitsMoreThanThePermitCount()
    {
        var limiter = new WindowRateLimiter(1000, TimeSpan.FromSeconds(1), () => _now);
        var admitted = 0;

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                if (limiter.TryAcquire())
                {
                    Interlocked.Increment(ref admitted);
                }
            }
        });

        Assert.Equal(1000, admitted);
    }

    [Fact]
    public void TryAcquire_AtTheLastMillisecondOfAFullWindowThenTheFirstOfTheNext_RefusesThenAdmits()
    {
        var limiter = new WindowRateLimiter(1, TimeSpan.FromSeconds(1), () => _now);
        Assert.True(limiter.TryAcquire());

        _now = 10_999;
        Assert.False(limiter.TryAcquire());
        _now = 11_000;
        Assert.True(limiter.TryAcquire());
    }

    [Fact]
    public void TryAcquire_AfterTheClockSkippedManyWindows_AdmitsThePermitCountAgain()
    {
        var limiter = new WindowRateLimiter(2, TimeSpan.FromSeconds(1), () => _now);
        limiter.TryAcquire();
        limiter.TryAcquire();

        _now += 3_600_500;

        Assert.Equal(2, Enumerable.Range(0, 5).Count(_ => limiter.TryAcquire()));
    }

    [Fact]
    public void TryAcquire_OnTheProcessClock_AdmitsThePermitCount()
    {
        var limiter = new WindowRateLimiter(3, TimeSpan.FromHours(1));

        Assert.Equal(3, Enumerable.Range(0, 10).Count(_ => limiter.TryAcquire()));
    }
}
