// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Notes
{
    public static int Annotated(int value)
    {
        // A comment: a probe on this line binds to the next line with code.
        var doubled = value * 2;
        return doubled;
    }
}
