using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Rewriting;

/// <summary>
/// Wraps a method body with the probe hooks:
/// <code>
///     frame = null
///     try {
///         frame = MethodBegin(probeId)                      // the cheap gate
///         if (frame != null) MethodEntry(frame, this, args)
///         original body, each ret becoming: store result; leave EXIT
///     } filter { MethodThrowFilter(exception, frame) /* always false */ } { rethrow }
/// EXIT:
///     if (frame != null) MethodReturn(frame, this, result, byRefArgs, null)
///     return result
/// </code>
/// The filter sees exactly the exceptions that escape the method, in the first pass, without catching
/// them, so callers receive them with their stack trace untouched.
/// </summary>
public static class MethodWrapper
{
    /// <summary>The most our own code pushes on the evaluation stack: frame, this, value, array, array, index, value.</summary>
    private const int HookStackDepth = 8;

    /// <summary>Rewrites <paramref name="body"/> in place. The caller installs the new local signature.</summary>
    /// <exception cref="RewriteNotSupportedException">The body contains <c>jmp</c> or a <c>tail.</c> call.</exception>
    public static void Apply(ILMethodBody body, MethodWrapPlan plan)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(plan);
        if (body.Instructions.Count == 0)
        {
            throw new RewriteNotSupportedException("the method body is empty");
        }

        RejectUnsupportedInstructions(body);
        if ((plan.Return is null) != (plan.ReturnLocal < 0))
        {
            throw new ArgumentException("A return local is needed exactly when the method returns a value.", nameof(plan));
        }

        var originalFirst = body.Instructions[0];
        var exit = Instruction.LoadLocal(plan.FrameLocal);
        ReplaceReturns(body, plan, exit);

        var tryStart = Instruction.LoadConstant(plan.ProbeId);
        List<Instruction> prologue =
        [
            Instruction.Create(ILOpCode.Ldnull),
            Instruction.StoreLocal(plan.FrameLocal),
            tryStart,
            Instruction.Create(ILOpCode.Call, plan.Hooks.MethodBegin),
            Instruction.StoreLocal(plan.FrameLocal),
            Instruction.LoadLocal(plan.FrameLocal),
            Instruction.Create(ILOpCode.Brfalse_s, originalFirst),
            Instruction.LoadLocal(plan.FrameLocal),
            .. LoadInstance(plan, atEntry: true),
            .. LoadArguments(plan, atEntry: true),
            Instruction.Create(ILOpCode.Call, plan.Hooks.MethodEntry),
        ];
        body.Insert(0, prologue);

        var filterStart = Instruction.LoadLocal(plan.FrameLocal);
        var handlerStart = Instruction.Create(ILOpCode.Pop);
        var done = plan.Return is null ? Instruction.Create(ILOpCode.Ret) : Instruction.LoadLocal(plan.ReturnLocal);
        foreach (var instruction in (IEnumerable<Instruction>)
        [
            filterStart,
            Instruction.Create(ILOpCode.Call, plan.Hooks.MethodThrowFilter),
            Instruction.Create(ILOpCode.Endfilter),
            handlerStart,
            Instruction.Create(ILOpCode.Rethrow),
            exit,
            Instruction.Create(ILOpCode.Brfalse_s, done),
            Instruction.LoadLocal(plan.FrameLocal),
            .. LoadInstance(plan, atEntry: false),
            .. LoadReturnValue(plan),
            .. LoadArguments(plan, atEntry: false),
            Instruction.Create(ILOpCode.Ldnull),
            Instruction.Create(ILOpCode.Call, plan.Hooks.MethodReturn),
            done,
        ])
        {
            body.Add(instruction);
        }

        if (plan.Return is not null)
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

    private static void RejectUnsupportedInstructions(ILMethodBody body)
    {
        foreach (var instruction in body.Instructions)
        {
            switch (instruction.OpCode)
            {
                case ILOpCode.Jmp:
                    throw new RewriteNotSupportedException("the method ends with jmp, which cannot be inside an exception block");
                case ILOpCode.Tail:
                    throw new RewriteNotSupportedException("the method makes tail. calls, which cannot be inside an exception block");
            }
        }
    }

    /// <summary>Every ret leaves the protected region for the exit block, with the result stored first.</summary>
    private static void ReplaceReturns(ILMethodBody body, MethodWrapPlan plan, Instruction exit)
    {
        foreach (var ret in body.Instructions.Where(instruction => instruction.OpCode == ILOpCode.Ret).ToList())
        {
            var leave = Instruction.Create(ILOpCode.Leave_s, exit);
            body.Replace(ret, plan.Return is null ? [leave] : [Instruction.StoreLocal(plan.ReturnLocal), leave]);
        }
    }

    private static IEnumerable<Instruction> LoadInstance(MethodWrapPlan plan, bool atEntry)
    {
        if (plan.Instance is not { } instance)
        {
            return [Instruction.Create(ILOpCode.Ldnull)];
        }

        if (atEntry && plan.IsConstructor)
        {
            return LoadMarker(plan, UncapturedReason.UninitializedInstance);
        }

        return LoadValue(plan, instance.Capture, [Instruction.LoadArgument(0)], instance.IsByRef);
    }

    private static IEnumerable<Instruction> LoadReturnValue(MethodWrapPlan plan) =>
        plan.Return is { } result
            ? LoadValue(plan, result.Capture, [Instruction.LoadLocal(plan.ReturnLocal)], result.IsByRef)
            : [Instruction.Create(ILOpCode.Ldnull)];

    /// <summary>
    /// At entry an object[] with every argument; at return an object[] with the final values of ref and out
    /// arguments at their positions, or null when there are none.
    /// </summary>
    private static IEnumerable<Instruction> LoadArguments(MethodWrapPlan plan, bool atEntry)
    {
        var parameters = plan.Parameters;
        var included = Enumerable.Range(0, parameters.Count)
            .Where(index => atEntry || IsWritableByRef(parameters[index]))
            .ToList();
        if (included.Count == 0)
        {
            return [Instruction.Create(ILOpCode.Ldnull)];
        }

        var code = new List<Instruction>
        {
            Instruction.LoadConstant(parameters.Count),
            Instruction.Create(ILOpCode.Newarr, plan.Hooks.ObjectType),
        };
        var firstParameterArgument = plan.Instance is null ? 0 : 1;
        foreach (var index in included)
        {
            var parameter = parameters[index];
            code.Add(Instruction.Create(ILOpCode.Dup));
            code.Add(Instruction.LoadConstant(index));
            code.AddRange(atEntry && parameter.IsOut
                ? LoadMarker(plan, UncapturedReason.NotYetAssigned)
                : LoadValue(plan, parameter.Capture, [Instruction.LoadArgument(firstParameterArgument + index)], parameter.IsByRef));
            code.Add(Instruction.Create(ILOpCode.Stelem_ref));
        }

        return code;
    }

    private static bool IsWritableByRef(ParameterPlan parameter) =>
        parameter.IsByRef && !parameter.IsReadOnly && parameter.Capture.Kind != ValueCaptureKind.Uncapturable;

    /// <summary>Loads a value (through its byref if it is one) and makes it an object, or loads a marker in its place.</summary>
    private static IEnumerable<Instruction> LoadValue(MethodWrapPlan plan, ValueCapture capture, Instruction[] load, bool isByRef)
    {
        switch (capture.Kind)
        {
            case ValueCaptureKind.Uncapturable:
                return LoadMarker(plan, capture.Reason);
            case ValueCaptureKind.Reference:
                return isByRef ? [.. load, Instruction.Create(ILOpCode.Ldind_ref)] : load;
            default:
                return isByRef
                    ? [.. load, Instruction.Create(ILOpCode.Ldobj, capture.TypeToken), Instruction.Create(ILOpCode.Box, capture.TypeToken)]
                    : [.. load, Instruction.Create(ILOpCode.Box, capture.TypeToken)];
        }
    }

    private static IEnumerable<Instruction> LoadMarker(MethodWrapPlan plan, UncapturedReason reason) =>
        [Instruction.LoadConstant((int)reason), Instruction.Create(ILOpCode.Call, plan.Hooks.NotCapturable)];
}
