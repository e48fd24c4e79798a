// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Calculator
{
    public static int Add(int left, int right)
    {
        var sum = left + right;
        if (sum > 100)
        {
            var excess = sum - 100;
            sum -= excess;
        }

        return sum;
    }
}
