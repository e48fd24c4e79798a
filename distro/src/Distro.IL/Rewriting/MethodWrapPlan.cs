namespace Distro.IL.Rewriting;

/// <summary>Everything the rewrite of one method needs, with tokens already valid in its module.</summary>
/// <param name="Hooks">The hook tokens in the method's module.</param>
/// <param name="Instance">How to pass <c>this</c>; null for a static method.</param>
/// <param name="IsConstructor">Constructors pass a marker for <c>this</c> where it may not be constructed yet.</param>
/// <param name="Parameters">The parameters in declaration order.</param>
/// <param name="Wrap">The method probe around the whole body; null when the method only has line probes.</param>
/// <param name="Lines">Line probes, each before the instruction at its IL offset.</param>
public sealed record MethodRewritePlan(
    HookTokens Hooks,
    InstancePlan? Instance,
    bool IsConstructor,
    IReadOnlyList<ParameterPlan> Parameters,
    MethodWrapPlan? Wrap,
    IReadOnlyList<LinePlan> Lines);

/// <summary>The method probe: gate and entry at the start, the return and the escaping exception at the end.</summary>
/// <param name="ProbeId">The id passed to the MethodBegin hook.</param>
/// <param name="Return">How to pass the return value; null for a void method.</param>
/// <param name="FrameLocal">Index of a new local of type object that holds the frame.</param>
/// <param name="ReturnLocal">Index of a new local of the return type (byref included), or -1 for a void method.</param>
/// <param name="ReturnLocals">The locals passed to the MethodReturn hook, in this order.</param>
public sealed record MethodWrapPlan(int ProbeId, ReturnPlan? Return, int FrameLocal, int ReturnLocal, IReadOnlyList<LocalCapturePlan> ReturnLocals);

/// <summary>A line probe: the gate and the capture of <c>this</c>, the arguments and some locals, before one instruction.</summary>
/// <param name="ILOffset">Original IL offset of the instruction the line starts with.</param>
/// <param name="ProbeId">The id passed to the LineBegin and Line hooks.</param>
/// <param name="Locals">The locals passed to the Line hook, in this order.</param>
public sealed record LinePlan(int ILOffset, int ProbeId, IReadOnlyList<LocalCapturePlan> Locals);

/// <summary><c>this</c>: for a value type it is a byref, loaded through before boxing.</summary>
public sealed record InstancePlan(ValueCapture Capture, bool IsByRef);

/// <summary>
/// One parameter. A byref parameter (ref, out, in) is loaded through; an out parameter is only read at return;
/// a read-only (in) parameter cannot change, so it is not passed again at return.
/// </summary>
public sealed record ParameterPlan(ValueCapture Capture, bool IsByRef, bool IsOut, bool IsReadOnly = false);

/// <summary>The return value; a ref return is loaded through.</summary>
public sealed record ReturnPlan(ValueCapture Capture, bool IsByRef);

/// <summary>One local variable slot to capture; a ref local is loaded through.</summary>
public sealed record LocalCapturePlan(int Slot, ValueCapture Capture, bool IsByRef);
