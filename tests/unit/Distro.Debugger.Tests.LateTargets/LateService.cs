namespace Acme.Late;

public static class LateService
{
    public static int Compute(int value) => value * 7;
}
