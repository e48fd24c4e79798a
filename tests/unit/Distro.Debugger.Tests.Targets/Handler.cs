// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public sealed class Handler
{
    private readonly int _offset = 10;

    public Func<int, int> Main(int factor)
    {
        var bias = 3;
        Func<int, int> scale = value =>
        {
            var scaled = value * factor;

            return scaled + bias + _offset;
        };
        return scale;
    }

    public static Func<int, int> Doubler() => value => value * 2;

    public static Func<int> Nested(int seed)
    {
        var outer = seed;
        Func<int> last = () => outer;
        for (var i = 0; i < 2; i++)
        {
            var inner = i;
            last = () => outer + inner;
        }

        return last;
    }
}
