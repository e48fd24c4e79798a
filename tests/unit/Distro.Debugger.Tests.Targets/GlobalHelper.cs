// Resolution tests name lines of this file: change it only together with those tests.

public static class GlobalHelper
{
    public static int Answer() => 42;
}
