using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Rewriting;

/// <summary>
/// Inserts a line probe before the instruction a source line starts with:
/// <code>
///     if (LineBegin(probeId)) Line(probeId, this, args, locals)
/// </code>
/// Branches, switch targets and clause boundaries that referred to that instruction now refer to the inserted code,
/// so a loop runs the probe on every iteration and the probe belongs to the try, catch or finally the line starts.
/// The inserted code leaves the evaluation stack as it found it (a catch handler starts with the exception on it).
/// </summary>
internal static class LineProbeInserter
{
    /// <summary>The most the inserted code pushes above what is already on the stack.</summary>
    private const int HookStackDepth = 8;

    public static void Apply(ILMethodBody body, MethodRewritePlan plan)
    {
        if (plan.Lines.Count == 0)
        {
            return;
        }

        var byOffset = body.Instructions.Where(instruction => instruction.OriginalOffset >= 0).ToDictionary(instruction => instruction.OriginalOffset);
        foreach (var line in plan.Lines)
        {
            if (!byOffset.TryGetValue(line.ILOffset, out var anchor))
            {
                throw new RewriteNotSupportedException($"no instruction starts at IL offset 0x{line.ILOffset:X4} for a line probe");
            }

            body.InsertBefore(anchor, Probe(plan, line, anchor));
        }

        body.MaxStack = Math.Min(ushort.MaxValue, body.MaxStack + HookStackDepth);
    }

    private static List<Instruction> Probe(MethodRewritePlan plan, LinePlan line, Instruction anchor) =>
    [
        Instruction.LoadConstant(line.ProbeId),
        Instruction.Create(ILOpCode.Call, plan.Hooks.LineBegin),
        Instruction.Create(ILOpCode.Brfalse_s, anchor),
        Instruction.LoadConstant(line.ProbeId),
        .. ValueLoading.Instance(plan, mayBeUninitialized: true),
        .. ValueLoading.Arguments(plan, ValueLoading.ArgumentSet.Current),
        .. ValueLoading.Locals(plan.Hooks, line.Locals),
        Instruction.Create(ILOpCode.Call, plan.Hooks.Line),
    ];
}
