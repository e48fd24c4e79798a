namespace Distro.Profiler.Tests;

public static class Samples
{
    public static int Static(int value) => value;

    public ref struct Cursor
    {
        public int Position;
    }

    public struct Counter
    {
        public int Value;

        public Span<int> Move(int by, Cursor cursor, out int before, in int step)
        {
            before = Value;
            var total = by * step;
            Span<int> window = stackalloc int[total > 0 ? 1 : 2];
            window[0] = total;
            Value += window[0] + cursor.Position;
            return default;
        }
    }

    public sealed class Box<TKey, TValue>(TKey key, TValue value)
    {
        public TKey Key { get; } = key;

        public TValue Value { get; } = value;
    }
}
