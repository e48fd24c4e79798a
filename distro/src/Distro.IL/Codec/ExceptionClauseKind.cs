namespace Distro.IL.Codec;

/// <summary>The kind of an exception handling clause; the values are the ECMA-335 clause flags.</summary>
public enum ExceptionClauseKind
{
    Catch = 0,
    Filter = 1,
    Finally = 2,
    Fault = 4,
}
