// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Picker
{
    public static string Pick(string text) => text;

    public static string Pick(string text, int count) => text + count;

    public static int Pick(int number) => number;

    public static int Pick(List<int> numbers) => numbers.Count;

    public static int Pick(ref int number) => number++;

    public static bool Pick(out long number)
    {
        number = 1;
        return true;
    }

    public static decimal Pick(in decimal amount) => amount;

    public static int Pick(int[] numbers) => numbers.Length;

    public static int Pick(int[,] grid) => grid.Length;

    public static int Pick(Dictionary<string, List<int>> groups) => groups.Count;

    public static int Pick(int? maybe) => maybe ?? 0;

    public static int Pick((int Number, string Text) pair) => pair.Number;
}
