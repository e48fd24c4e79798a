// Benchmarks name a line of this file (LoopTargets.ProbedLine): do not reformat it or move its lines.
using System.Runtime.CompilerServices;

namespace Acme.BenchmarkTargets;

/// <summary>Two identical tight loops: a line probe goes on the body of the second, the first is the baseline.</summary>
public static class LoopTargets
{
    public const string FileName = "LoopTargets.cs";

    /// <summary>The line of the loop body in <see cref="SumOfSquares"/>.</summary>
    public const int ProbedLine = 31;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long SumOfSquaresUnprobed(int count)
    {
        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += (long)i * i;
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long SumOfSquares(int count)
    {
        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += (long)i * i;
        }
        return sum;
    }
}
