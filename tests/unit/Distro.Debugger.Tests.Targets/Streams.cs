// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public static class Streams
{
    public static long Measure(byte[] data)
    {
        using (var stream = new MemoryStream(data))
        {
            var length = stream.Length;
            return length;
        }
    }
}
