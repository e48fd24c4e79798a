using Distro.Debugger.Resolution;

namespace Distro.Debugger.Tests.Resolution;

public class LruCacheTests
{
    [Fact]
    public void Add_BeyondCapacity_EvictsLeastRecentlyUsed()
    {
        var cache = new LruCache<string, int>(2);
        cache.Add("a", 1);
        cache.Add("b", 2);
        Assert.True(cache.TryGet("a", out _));

        var evicted = cache.Add("c", 3);

        Assert.Equal([2], evicted);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Add_ExistingKey_ReturnsReplacedValue()
    {
        var cache = new LruCache<string, int>(2);
        cache.Add("a", 1);

        var removed = cache.Add("a", 10);

        Assert.Equal([1], removed);
        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal(10, value);
    }

    [Fact]
    public void Clear_ReturnsEveryValue()
    {
        var cache = new LruCache<string, int>(3);
        cache.Add("a", 1);
        cache.Add("b", 2);

        Assert.Equal([1, 2], cache.Clear().Order());
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LruCache<string, int>(0));
    }
}
