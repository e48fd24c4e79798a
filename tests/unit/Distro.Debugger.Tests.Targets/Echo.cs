// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Echo
{
    public static T Return<T>(T value) => value;

    public static TOut Convert<TIn, TOut>(TIn input, Func<TIn, TOut> convert) => convert(input);
}
