// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Summer
{
    public static int Sum(IEnumerable<int> values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }
}
