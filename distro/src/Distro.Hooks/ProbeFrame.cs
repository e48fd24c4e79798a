using System.Diagnostics;

namespace Distro.Hooks;

/// <summary>
/// One observed call of an instrumented method. The rewritten method holds it in a local of its own frame,
/// so recursive and concurrent calls each have theirs. Exactly one of <see cref="OnReturn"/> and
/// <see cref="OnThrow"/> follows <see cref="OnEntry"/>.
/// </summary>
public abstract class ProbeFrame
{
    protected ProbeFrame()
    {
        StartTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>When the call began, in <see cref="Stopwatch"/> ticks.</summary>
    public long StartTimestamp { get; }

    /// <summary>
    /// At entry: <paramref name="instance"/> is null for static methods and for constructors (whose object is
    /// not yet constructed); <paramref name="arguments"/> holds every parameter in declaration order, boxed, with an
    /// <see cref="UncapturedValue"/> for those that cannot be boxed or are not yet assigned (<c>out</c>).
    /// </summary>
    public abstract void OnEntry(object? instance, object?[]? arguments);

    /// <summary>
    /// At a normal return: the boxed return value (null for void), and when the method has <c>ref</c> or
    /// <c>out</c> parameters, their final values at their positions in <paramref name="byRefArguments"/>.
    /// </summary>
    public abstract void OnReturn(object? instance, object? returnValue, object?[]? byRefArguments, object?[]? locals);

    /// <summary>An exception escapes the method. Runs before any handler in the callers, without catching it.</summary>
    public abstract void OnThrow(Exception exception);
}
