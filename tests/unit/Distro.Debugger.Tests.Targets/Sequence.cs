// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Sequence
{
    public static IEnumerable<int> Countdown(int from)
    {
        var step = 1;
        yield return from;
        var next = from - step;
        yield return next;
    }
}
