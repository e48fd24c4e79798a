using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Rewriting;

/// <summary>
/// Wraps a method body with the method probe's hooks:
/// <code>
///     frame = null
///     try {
///         frame = MethodBegin(probeId)                      // the cheap gate
///         if (frame != null) MethodEntry(frame, this, args)
///         original body, each ret becoming: store result; leave EXIT
///     } filter { MethodThrowFilter(exception, frame) /* always false */ } { rethrow }
/// EXIT:
///     if (frame != null) MethodReturn(frame, this, result, byRefArgs, locals)
///     return result
/// </code>
/// The filter sees exactly the exceptions that escape the method, in the first pass, without catching
/// them, so callers receive them with their stack trace untouched.
/// </summary>
internal static class MethodWrapper
{
    /// <summary>The most our own code pushes on the evaluation stack: frame, this, value, array, array, index, value.</summary>
    private const int HookStackDepth = 8;

    public static void Apply(ILMethodBody body, MethodRewritePlan plan, MethodWrapPlan wrap)
    {
        if ((wrap.Return is null) != (wrap.ReturnLocal < 0))
        {
            throw new ArgumentException("A return local is needed exactly when the method returns a value.", nameof(wrap));
        }

        var hooks = plan.Hooks;
        var originalFirst = body.Instructions[0];
        var exit = Instruction.LoadLocal(wrap.FrameLocal);
        ReplaceReturns(body, wrap, exit);

        var tryStart = Instruction.LoadConstant(wrap.ProbeId);
        List<Instruction> prologue =
        [
            Instruction.Create(ILOpCode.Ldnull),
            Instruction.StoreLocal(wrap.FrameLocal),
            tryStart,
            Instruction.Create(ILOpCode.Call, hooks.MethodBegin),
            Instruction.StoreLocal(wrap.FrameLocal),
            Instruction.LoadLocal(wrap.FrameLocal),
            Instruction.Create(ILOpCode.Brfalse_s, originalFirst),
            Instruction.LoadLocal(wrap.FrameLocal),
            .. ValueLoading.Instance(plan, mayBeUninitialized: true),
            .. ValueLoading.Arguments(plan, ValueLoading.ArgumentSet.Entry),
            Instruction.Create(ILOpCode.Call, hooks.MethodEntry),
        ];
        body.Insert(0, prologue);

        var filterStart = Instruction.LoadLocal(wrap.FrameLocal);
        var handlerStart = Instruction.Create(ILOpCode.Pop);
        var done = wrap.Return is null ? Instruction.Create(ILOpCode.Ret) : Instruction.LoadLocal(wrap.ReturnLocal);
        foreach (var instruction in (IEnumerable<Instruction>)
        [
            filterStart,
            Instruction.Create(ILOpCode.Call, hooks.MethodThrowFilter),
            Instruction.Create(ILOpCode.Endfilter),
            handlerStart,
            Instruction.Create(ILOpCode.Rethrow),
            exit,
            Instruction.Create(ILOpCode.Brfalse_s, done),
            Instruction.LoadLocal(wrap.FrameLocal),
            .. ValueLoading.Instance(plan, mayBeUninitialized: false),
            .. LoadReturnValue(hooks, wrap),
            .. ValueLoading.Arguments(plan, ValueLoading.ArgumentSet.Return),
            .. ValueLoading.Locals(hooks, wrap.ReturnLocals),
            Instruction.Create(ILOpCode.Call, hooks.MethodReturn),
            done,
        ])
        {
            body.Add(instruction);
        }

        if (wrap.Return is not null)
        {
            body.Add(Instruction.Create(ILOpCode.Ret));
        }

        body.ExceptionClauses.Add(new ExceptionClause
        {
            Kind = ExceptionClauseKind.Filter,
            TryStart = tryStart,
            TryEnd = filterStart,
            FilterStart = filterStart,
            HandlerStart = handlerStart,
            HandlerEnd = exit,
        });
        body.MaxStack = Math.Max(body.MaxStack, HookStackDepth);
    }

    /// <summary>Every ret leaves the protected region for the exit block, with the result stored first.</summary>
    private static void ReplaceReturns(ILMethodBody body, MethodWrapPlan wrap, Instruction exit)
    {
        foreach (var ret in body.Instructions.Where(instruction => instruction.OpCode == ILOpCode.Ret).ToList())
        {
            var leave = Instruction.Create(ILOpCode.Leave_s, exit);
            body.Replace(ret, wrap.Return is null ? [leave] : [Instruction.StoreLocal(wrap.ReturnLocal), leave]);
        }
    }

    private static IEnumerable<Instruction> LoadReturnValue(HookTokens hooks, MethodWrapPlan wrap) =>
        wrap.Return is { } result
            ? ValueLoading.Value(hooks, result.Capture, () => Instruction.LoadLocal(wrap.ReturnLocal), result.IsByRef)
            : [Instruction.Create(ILOpCode.Ldnull)];
}
