// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Ticker
{
    public static async IAsyncEnumerable<int> TickAsync(int count)
    {
        for (var tick = 0; tick < count; tick++)
        {
            await Task.Yield();
            var stamp = tick * 10;
            yield return stamp;
        }
    }
}
