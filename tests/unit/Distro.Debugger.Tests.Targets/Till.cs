// Lifecycle tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Till
{
    public static int Charge(int amount) => amount;

    public static int Refund(int amount) => -amount;

    public static int Close(int takings)
    {
        var rounded = takings / 10 * 10;
        return rounded;
    }
}
