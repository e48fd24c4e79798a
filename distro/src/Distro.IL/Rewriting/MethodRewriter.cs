using System.Reflection.Metadata;
using Distro.IL.Codec;

namespace Distro.IL.Rewriting;

/// <summary>
/// Applies every probe on one method as one rewrite: the line probes first, at their original offsets, then the
/// method probe around the whole body. Pure: bytes and tokens in, a body out.
/// </summary>
public static class MethodRewriter
{
    /// <summary>Rewrites <paramref name="body"/> in place. The caller installs the new local signature.</summary>
    /// <exception cref="RewriteNotSupportedException">
    /// A method probe on a body with <c>jmp</c> or a <c>tail.</c> call (they cannot be inside an exception block),
    /// or a line offset that is not the start of an instruction.
    /// </exception>
    public static void Apply(ILMethodBody body, MethodRewritePlan plan)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(plan);
        if (body.Instructions.Count == 0)
        {
            throw new RewriteNotSupportedException("the method body is empty");
        }

        LineProbeInserter.Apply(body, plan);
        if (plan.Wrap is { } wrap)
        {
            RejectUnsupportedInstructions(body);
            MethodWrapper.Apply(body, plan, wrap);
        }
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
}
