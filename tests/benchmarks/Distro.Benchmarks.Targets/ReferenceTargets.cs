using System.Runtime.CompilerServices;

namespace Acme.BenchmarkTargets;

/// <summary>
/// Methods with the reference snapshot's signature and the same body: <see cref="Submit"/> is probed and its snapshots
/// exported, <see cref="Record"/> is probed and its snapshots only counted, <see cref="SubmitUnprobed"/> is the baseline.
/// </summary>
public static class ReferenceTargets
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Submit(int quantity, double rate, bool express, ReferenceOrder order, List<ReferenceLine> lines, string note) =>
        Combine(quantity, rate, express, order, lines, note);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Record(int quantity, double rate, bool express, ReferenceOrder order, List<ReferenceLine> lines, string note) =>
        Combine(quantity, rate, express, order, lines, note);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int SubmitUnprobed(int quantity, double rate, bool express, ReferenceOrder order, List<ReferenceLine> lines, string note) =>
        Combine(quantity, rate, express, order, lines, note);

    private static int Combine(int quantity, double rate, bool express, ReferenceOrder order, List<ReferenceLine> lines, string note) =>
        quantity + (int)(rate * 8) + (express ? 1 : 0) + order.ItemCount + lines.Count + note.Length;
}
