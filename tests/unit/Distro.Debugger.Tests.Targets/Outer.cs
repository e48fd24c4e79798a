// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Outer
{
    public static class Inner
    {
        public static int Depth() => 2;
    }
}
