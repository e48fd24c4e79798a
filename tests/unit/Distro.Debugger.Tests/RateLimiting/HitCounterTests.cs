using Distro.Debugger.RateLimiting;

namespace Distro.Debugger.Tests.RateLimiting;

public class HitCounterTests
{
    [Fact]
    public void TryHit_UpToTheMaximum_NumbersEachHitThenRefuses()
    {
        var counter = new HitCounter(3);

        Assert.Equal([1, 2, 3, 0, 0], Enumerable.Range(0, 5).Select(_ => counter.TryHit()));
        Assert.True(counter.IsExhausted);
    }

    [Fact]
    public void TryHit_FromManyThreads_CountsEachHitOnce()
    {
        var counter = new HitCounter(500);
        var granted = 0;

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 1000; i++)
            {
                if (counter.TryHit() > 0)
                {
                    Interlocked.Increment(ref granted);
                }
            }
        });

        Assert.Equal(500, granted);
        Assert.Equal(500, counter.Hits);
    }
}
