using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Rewriting;

/// <summary>The IL that turns <c>this</c>, arguments and locals into objects for the hooks, or into markers when they cannot be.</summary>
internal static class ValueLoading
{
    /// <summary>Which arguments an argument array carries.</summary>
    public enum ArgumentSet
    {
        /// <summary>Every argument, with a marker for out parameters, which are not assigned yet.</summary>
        Entry,

        /// <summary>The final values of ref and out arguments at their positions; null when the method has none.</summary>
        Return,

        /// <summary>Every argument as it is now.</summary>
        Current,
    }

    public static IEnumerable<Instruction> Instance(MethodRewritePlan plan, bool mayBeUninitialized)
    {
        if (plan.Instance is not { } instance)
        {
            return [Instruction.Create(ILOpCode.Ldnull)];
        }

        return plan.IsConstructor && mayBeUninitialized
            ? Marker(plan.Hooks, UncapturedReason.UninitializedInstance)
            : Value(plan.Hooks, instance.Capture, () => Instruction.LoadArgument(0), instance.IsByRef);
    }

    public static IEnumerable<Instruction> Arguments(MethodRewritePlan plan, ArgumentSet set)
    {
        var parameters = plan.Parameters;
        var included = Enumerable.Range(0, parameters.Count)
            .Where(index => set != ArgumentSet.Return || IsWritableByRef(parameters[index]))
            .ToList();
        if (included.Count == 0)
        {
            return [Instruction.Create(ILOpCode.Ldnull)];
        }

        var code = NewArray(plan.Hooks, parameters.Count);
        var firstParameterArgument = plan.Instance is null ? 0 : 1;
        foreach (var index in included)
        {
            var parameter = parameters[index];
            code.Add(Instruction.Create(ILOpCode.Dup));
            code.Add(Instruction.LoadConstant(index));
            code.AddRange(set == ArgumentSet.Entry && parameter.IsOut
                ? Marker(plan.Hooks, UncapturedReason.NotYetAssigned)
                : Value(plan.Hooks, parameter.Capture, () => Instruction.LoadArgument(firstParameterArgument + index), parameter.IsByRef));
            code.Add(Instruction.Create(ILOpCode.Stelem_ref));
        }

        return code;
    }

    /// <summary>An object[] with the given locals in order, or null when there are none.</summary>
    public static IEnumerable<Instruction> Locals(HookTokens hooks, IReadOnlyList<LocalCapturePlan> locals)
    {
        if (locals.Count == 0)
        {
            return [Instruction.Create(ILOpCode.Ldnull)];
        }

        var code = NewArray(hooks, locals.Count);
        for (var index = 0; index < locals.Count; index++)
        {
            var local = locals[index];
            code.Add(Instruction.Create(ILOpCode.Dup));
            code.Add(Instruction.LoadConstant(index));
            code.AddRange(Value(hooks, local.Capture, () => Instruction.LoadLocal(local.Slot), local.IsByRef));
            code.Add(Instruction.Create(ILOpCode.Stelem_ref));
        }

        return code;
    }

    /// <summary>Loads a value (through its byref if it is one) and makes it an object, or loads a marker in its place.</summary>
    public static IEnumerable<Instruction> Value(HookTokens hooks, ValueCapture capture, Func<Instruction> load, bool isByRef)
    {
        if (capture.Kind == ValueCaptureKind.Uncapturable)
        {
            return Marker(hooks, capture.Reason);
        }

        if (!isByRef)
        {
            return capture.Kind == ValueCaptureKind.Reference ? [load()] : [load(), Instruction.Create(ILOpCode.Box, capture.TypeToken)];
        }

        Instruction[] dereference = capture.Kind == ValueCaptureKind.Reference
            ? [Instruction.Create(ILOpCode.Ldind_ref)]
            : [Instruction.Create(ILOpCode.Ldobj, capture.TypeToken), Instruction.Create(ILOpCode.Box, capture.TypeToken)];
        return NullCheckedDereference(hooks, load, dereference);
    }

    /// <summary>
    /// Dereferences a byref only when it is not null: a ref local not assigned yet, or a ref returned or passed as
    /// <c>Unsafe.NullRef</c>, is null, and reading through it would throw inside the user's method.
    /// </summary>
    private static IEnumerable<Instruction> NullCheckedDereference(HookTokens hooks, Func<Instruction> load, Instruction[] dereference)
    {
        var marker = Marker(hooks, UncapturedReason.NullReference).ToArray();
        var done = Instruction.Create(ILOpCode.Nop);
        return
        [
            load(),
            Instruction.Create(ILOpCode.Brfalse_s, marker[0]),
            load(),
            .. dereference,
            Instruction.Create(ILOpCode.Br_s, done),
            .. marker,
            done,
        ];
    }

    public static IEnumerable<Instruction> Marker(HookTokens hooks, UncapturedReason reason) =>
        [Instruction.LoadConstant((int)reason), Instruction.Create(ILOpCode.Call, hooks.NotCapturable)];

    private static List<Instruction> NewArray(HookTokens hooks, int length) =>
        [Instruction.LoadConstant(length), Instruction.Create(ILOpCode.Newarr, hooks.ObjectType)];

    private static bool IsWritableByRef(ParameterPlan parameter) =>
        parameter.IsByRef && !parameter.IsReadOnly && parameter.Capture.Kind != ValueCaptureKind.Uncapturable;
}
