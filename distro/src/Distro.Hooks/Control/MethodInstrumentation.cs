namespace Distro.Hooks.Control;

/// <summary>
/// Every probe to put on one method, applied as one rewrite: an optional method probe around the whole body, and
/// line probes before the instructions their lines start with.
/// </summary>
/// <param name="MethodProbe">The probe told of entry, return and escaping exceptions; null for line probes only.</param>
/// <param name="Lines">The line probes.</param>
/// <param name="ReturnLocals">Local variable slots passed to the method probe at return.</param>
public sealed record MethodInstrumentation(MethodProbe? MethodProbe, IReadOnlyList<LineInstrumentation> Lines, IReadOnlyList<int> ReturnLocals)
{
    public static MethodInstrumentation ForMethod(MethodProbe probe) => new(probe, [], []);
}

/// <summary>A line probe at the instruction starting at <paramref name="ILOffset"/>, passed the given local variable slots.</summary>
public sealed record LineInstrumentation(int ILOffset, LineProbe Probe, IReadOnlyList<int> Locals);
