namespace Distro.Hooks;

/// <summary>Stands in for a value the rewritten IL could not pass as an object.</summary>
public sealed class UncapturedValue
{
    private static readonly UncapturedValue[] s_byReason =
    [
        new(UncapturedReason.Unknown),
        new(UncapturedReason.ByRefLike),
        new(UncapturedReason.Pointer),
        new(UncapturedReason.NotYetAssigned),
        new(UncapturedReason.UninitializedInstance),
        new(UncapturedReason.NullReference),
    ];

    private UncapturedValue(UncapturedReason reason)
    {
        Reason = reason;
    }

    public UncapturedReason Reason { get; }

    public static UncapturedValue For(UncapturedReason reason) =>
        (uint)reason < (uint)s_byReason.Length ? s_byReason[(int)reason] : s_byReason[0];

    public override string ToString() => Reason.ToString();
}

/// <summary>Why a value was not passed. The numeric values are emitted into rewritten IL.</summary>
public enum UncapturedReason
{
    Unknown = 0,

    /// <summary>A byref-like value (Span&lt;T&gt;, a ref struct) cannot be boxed.</summary>
    ByRefLike = 1,

    Pointer = 2,

    /// <summary>An <c>out</c> parameter at entry.</summary>
    NotYetAssigned = 3,

    /// <summary><c>this</c> at a constructor's entry, before the base constructor ran.</summary>
    UninitializedInstance = 4,

    /// <summary>A null byref: a ref local not assigned yet, or a ref that is <c>Unsafe.NullRef</c>.</summary>
    NullReference = 5,
}
