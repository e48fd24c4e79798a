namespace Distro.IL.Tests.Signatures;

/// <summary>Methods whose compiler-emitted signatures <see cref="RealSignatureTests"/> reads back from this assembly's metadata.</summary>
internal static class SignatureSamples
{
    public static T Combine<T>(ref T first, out T second, in T third, Span<T> rest)
    {
        second = first;
        return rest.IsEmpty ? third : rest[0];
    }

    public static int Primitives(
        byte u1, sbyte i1, short i2, ushort u2, int i4, uint u4, long i8, ulong u8,
        float r4, double r8, char c, bool b, nint i, nuint u, string s, object o) =>
        HashCode.Combine(HashCode.Combine(u1, i1, i2, u2, i4, u4, i8, u8), HashCode.Combine(r4, r8, c, b, i, u, s, o));

    public static Dictionary<string, List<T[]>> Shapes<T>(int[,] grid, T[][] jagged) =>
        new() { [grid.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)] = [.. jagged] };

    public static long SumWithLocals(List<int> values)
    {
        long total = 0;
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }
}

internal struct SamplePair<T>
{
    private T _first;

    public T Swap(ref T other)
    {
        (_first, other) = (other, _first);
        return _first;
    }
}

/// <summary>C# marks an <c>in</c> parameter with modreq(InAttribute) only where it can be overridden, as on an interface method.</summary>
internal interface IReadsInput
{
    int Read(in int value);
}
