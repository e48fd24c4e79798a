namespace Distro.Hooks;

/// <summary>
/// What a line of an instrumented method calls before it runs. <see cref="TryBegin"/> runs every time execution
/// reaches the line and must be cheap and allocation-free when it declines.
/// </summary>
public abstract class LineProbe
{
    /// <summary>Whether to capture this time; false (the common case) lets the line run unobserved.</summary>
    public abstract bool TryBegin();

    /// <summary>
    /// The values at the line, before it runs: <paramref name="instance"/> (null for static methods, a marker in
    /// constructors), every argument, and the requested locals in the order they were requested, with
    /// <see cref="UncapturedValue"/> markers for values that cannot be boxed.
    /// </summary>
    public abstract void OnLine(object? instance, object?[]? arguments, object?[]? locals);
}
