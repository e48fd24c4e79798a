// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Classifier
{
    public static string Classify(int value)
    {
        var label = value switch
        {
            < 0 => "negative",
            0 => "zero",
            _ => "positive",
        };
        return label;
    }
}
