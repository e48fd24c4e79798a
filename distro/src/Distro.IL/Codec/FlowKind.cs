namespace Distro.IL.Codec;

/// <summary>How control leaves an instruction.</summary>
public enum FlowKind
{
    Next,
    Branch,
    ConditionalBranch,
    Return,
    Throw,
    Call,

    /// <summary>A prefix that modifies the instruction after it.</summary>
    Meta,
}
