// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public sealed class Fetcher
{
    private readonly int _retries = 2;

    public async Task<int> FetchAsync(int id)
    {
        var before = id * 2;
        await Task.Yield();
        var after = before + _retries;
        return after;
    }
}
