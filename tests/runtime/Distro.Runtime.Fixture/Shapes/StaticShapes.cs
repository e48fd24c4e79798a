using System.Runtime.CompilerServices;

namespace Distro.Runtime.Fixture.Shapes;

/// <summary>Static methods of every signature shape the engine must handle.</summary>
public static class StaticShapes
{
    private static int s_finallyCount;

    public static int FinallyCount => s_finallyCount;

    public static int Add(int left, int right) => left + right;

    public static T Echo<T>(T value) => value;

    public static bool TryBump(string text, ref int counter, out int parsed, in Point origin)
    {
        counter += origin.X;
        return int.TryParse(text, out parsed);
    }

    public static ref int Slot(int[] values, int index) => ref values[index];

    public static int SumSpan(Span<int> values, ReadOnlySpan<char> label)
    {
        var sum = label.Length;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    public static Span<int> Window(int[] values, int start) => values.AsSpan(start);

    public static unsafe int Dereference(int* pointer, delegate*<int, int> transform) => transform(*pointer);

    public static int Negate(int value) => -value;

    public static string Many(
        int a1, long a2, string a3, double a4, bool a5, char a6, byte a7,
        short a8, float a9, decimal a10, Point a11, object? a12, int? a13, DayOfWeek a14) =>
        string.Join('|', a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14);

    /// <summary>try/catch with a filter, finally, and a switch table, all inside the method.</summary>
    public static int Classify(int code)
    {
        int result;
        try
        {
            switch (code)
            {
                case 0: result = 10; break;
                case 1: result = 11; break;
                case 2: result = 12; break;
                case 3: throw new InvalidOperationException("three");
                case 4: throw new ArgumentException("four");
                default: result = -1; break;
            }
        }
        catch (InvalidOperationException e) when (e.Message == "three")
        {
            result = 33;
        }
        finally
        {
            s_finallyCount++;
        }

        return result;
    }

    public static int StackSum(int count)
    {
        Span<int> buffer = stackalloc int[count];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = i * i;
        }

        var sum = 0;
        foreach (var value in buffer)
        {
            sum += value;
        }

        return sum;
    }

    public static int Fibonacci(int n) => n < 2 ? n : Fibonacci(n - 1) + Fibonacci(n - 2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Triple(int value) => value * 3;

    /// <summary>Compiled fully optimized at first call, with <see cref="Triple"/> inlined into it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int TriplePlusOne(int value) => Triple(value) + 1;
}
