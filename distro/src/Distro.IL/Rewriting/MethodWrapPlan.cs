namespace Distro.IL.Rewriting;

/// <summary>Everything the method wrap needs to know about one method, with tokens already valid in its module.</summary>
/// <param name="ProbeId">The id passed to the MethodBegin hook.</param>
/// <param name="Hooks">The hook tokens in the method's module.</param>
/// <param name="Instance">How to pass <c>this</c>; null for a static method.</param>
/// <param name="IsConstructor">Constructors pass a marker for <c>this</c> at entry: it is not constructed yet.</param>
/// <param name="Parameters">The parameters in declaration order.</param>
/// <param name="Return">How to pass the return value; null for a void method.</param>
/// <param name="FrameLocal">Index of a new local of type object that holds the frame.</param>
/// <param name="ReturnLocal">Index of a new local of the return type (byref included), or -1 for a void method.</param>
public sealed record MethodWrapPlan(
    int ProbeId,
    HookTokens Hooks,
    InstancePlan? Instance,
    bool IsConstructor,
    IReadOnlyList<ParameterPlan> Parameters,
    ReturnPlan? Return,
    int FrameLocal,
    int ReturnLocal);

/// <summary><c>this</c>: for a value type it is a byref, loaded through before boxing.</summary>
public sealed record InstancePlan(ValueCapture Capture, bool IsByRef);

/// <summary>
/// One parameter. A byref parameter (ref, out, in) is loaded through; an out parameter is only read at return;
/// a read-only (in) parameter cannot change, so it is not passed again at return.
/// </summary>
public sealed record ParameterPlan(ValueCapture Capture, bool IsByRef, bool IsOut, bool IsReadOnly = false);

/// <summary>The return value; a ref return is loaded through.</summary>
public sealed record ReturnPlan(ValueCapture Capture, bool IsByRef);
