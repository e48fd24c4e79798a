namespace Distro.Benchmarks.Report;

/// <summary>One line of the budget table: what was measured against what, the comparison, the target, and the verdict.</summary>
internal sealed record BudgetRow(string Number, string Budget, string Measured, string Baseline, string Comparison, string Target, Verdict Verdict)
{
    public static BudgetRow NotMeasured(string number, string budget, string target) =>
        new(number, budget, "not measured", "—", "—", target, Verdict.NotMeasured);

    public static Verdict Judge(bool met) => met ? Verdict.Pass : Verdict.Miss;
}

/// <summary>Whether a figure met its target.</summary>
internal enum Verdict
{
    Pass,
    Miss,
    NotMeasured,

    /// <summary>A figure shown for context, with no target of its own.</summary>
    Informative,
}
