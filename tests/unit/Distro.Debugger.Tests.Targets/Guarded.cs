// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Guarded
{
    public static int Run(Func<int> work)
    {
        var attempts = 0;
        try
        {
            attempts++;
            return work();
        }
        catch (InvalidOperationException error)
        {
            var message = error.Message;
            return message.Length;
        }
        finally
        {
            attempts--;
        }
    }
}
