namespace Distro.IL.Codec;

/// <summary>
/// One exception handling clause. Region ends are exclusive: an end is the first instruction after
/// the region, or null when the region runs to the end of the code.
/// </summary>
public sealed class ExceptionClause
{
    public ExceptionClauseKind Kind { get; set; }

    /// <summary>
    /// The caught type for <see cref="ExceptionClauseKind.Catch"/>. Finally and fault clauses keep
    /// whatever the compiler wrote (normally 0) so that they round-trip; filters do not use it.
    /// </summary>
    public int CatchTypeToken { get; set; }

    public required Instruction TryStart { get; set; }

    public Instruction? TryEnd { get; set; }

    public required Instruction HandlerStart { get; set; }

    public Instruction? HandlerEnd { get; set; }

    /// <summary>First instruction of the filter block of a <see cref="ExceptionClauseKind.Filter"/> clause; the block ends at <see cref="HandlerStart"/>.</summary>
    public Instruction? FilterStart { get; set; }
}
