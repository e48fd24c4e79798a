namespace Distro.Runtime.Fixture.Shapes;

/// <summary>Exceptions that escape, on lines whose numbers the tests compare before and after instrumentation.</summary>
public static class Thrower
{
    private static int s_cleanups;

    public static int Cleanups => s_cleanups;

    public static int Fail(string reason)
    {
        if (reason.Length > 0)
        {
            throw new InvalidOperationException("failed: " + reason);
        }

        return 0;
    }

    public static int FailThroughFinally(int value)
    {
        try
        {
            return Fail(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            s_cleanups++;
        }
    }

    public static int CatchOwn(int value)
    {
        try
        {
            return Fail(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (InvalidOperationException)
        {
            return -value;
        }
    }
}
