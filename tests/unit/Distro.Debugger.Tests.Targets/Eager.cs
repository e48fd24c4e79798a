// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Eager
{
    static Eager()
    {
        InitializationWitness.EagerInitialized = true;
    }

    public static int Value() => 7;
}
