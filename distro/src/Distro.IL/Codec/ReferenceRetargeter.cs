namespace Distro.IL.Codec;

/// <summary>Moves every branch, switch and clause reference from one instruction to another.</summary>
internal static class ReferenceRetargeter
{
    public static void Retarget(IEnumerable<Instruction> instructions, IEnumerable<ExceptionClause> clauses, Instruction from, Instruction to)
    {
        foreach (var instruction in instructions)
        {
            if (instruction.BranchTarget == from)
            {
                instruction.BranchTarget = to;
            }

            var switchTargets = instruction.SwitchTargets;
            if (switchTargets is not null)
            {
                for (var i = 0; i < switchTargets.Length; i++)
                {
                    if (switchTargets[i] == from)
                    {
                        switchTargets[i] = to;
                    }
                }
            }
        }

        foreach (var clause in clauses)
        {
            clause.TryStart = clause.TryStart == from ? to : clause.TryStart;
            clause.TryEnd = clause.TryEnd == from ? to : clause.TryEnd;
            clause.HandlerStart = clause.HandlerStart == from ? to : clause.HandlerStart;
            clause.HandlerEnd = clause.HandlerEnd == from ? to : clause.HandlerEnd;
            clause.FilterStart = clause.FilterStart == from ? to : clause.FilterStart;
        }
    }
}
