// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Tally
{
    public static int Count(int[] numbers)
    {
        var threshold = 2;
        var total = 0;
        for (var index = 0; index < numbers.Length; index++)
        {
            total += Weigh(numbers[index]);
        }

        return total + Square(total);

        int Weigh(int item)
        {
            var weight = item > threshold ? 2 : 1;
            return weight;
        }

        static int Square(int value) => value * value;
    }
}
