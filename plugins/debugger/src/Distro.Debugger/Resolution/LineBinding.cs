namespace Distro.Debugger.Resolution;

/// <summary>Where a line probe goes inside its method, and what the user can see there.</summary>
/// <param name="RequestedLine">The line the configuration named.</param>
/// <param name="BoundLine">The line with code the probe binds to: the requested line, or the next line with code in the method.</param>
/// <param name="ILOffset">The IL offset of the first sequence point of <paramref name="BoundLine"/> in the method.</param>
/// <param name="DocumentPath">The document path as the PDB records it (the build machine's path).</param>
/// <param name="Locals">The method's own local variables in scope at <paramref name="ILOffset"/>, compiler temporaries left out.</param>
/// <param name="CapturedVariables">
/// Variables that live in fields: hoisted locals, parameters and <c>this</c> of a state machine, and captured variables of closures.
/// </param>
internal sealed record LineBinding(
    int RequestedLine,
    int BoundLine,
    int ILOffset,
    string DocumentPath,
    IReadOnlyList<ScopedLocal> Locals,
    IReadOnlyList<CapturedVariable> CapturedVariables);
