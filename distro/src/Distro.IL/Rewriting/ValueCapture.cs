namespace Distro.IL.Rewriting;

/// <summary>How the rewritten IL turns one value (an argument, <c>this</c>, the return value) into an object for the hooks.</summary>
public readonly record struct ValueCapture
{
    private ValueCapture(ValueCaptureKind kind, int typeToken, UncapturedReason reason)
    {
        Kind = kind;
        TypeToken = typeToken;
        Reason = reason;
    }

    public ValueCaptureKind Kind { get; }

    /// <summary>For <see cref="ValueCaptureKind.Box"/>: the TypeDef, TypeRef or TypeSpec token to box (and to load through a byref) with.</summary>
    public int TypeToken { get; }

    /// <summary>For <see cref="ValueCaptureKind.Uncapturable"/>: the reason passed to the NotCapturable hook.</summary>
    public UncapturedReason Reason { get; }

    /// <summary>An object reference, passed as it is.</summary>
    public static ValueCapture Reference { get; } = new(ValueCaptureKind.Reference, 0, UncapturedReason.Unknown);

    /// <summary>A value type or generic parameter, boxed with <paramref name="typeToken"/>.</summary>
    public static ValueCapture Box(int typeToken) => new(ValueCaptureKind.Box, typeToken, UncapturedReason.Unknown);

    /// <summary>A value that cannot be an object; the hook receives a marker instead.</summary>
    public static ValueCapture Uncapturable(UncapturedReason reason) => new(ValueCaptureKind.Uncapturable, 0, reason);
}

public enum ValueCaptureKind
{
    Reference,
    Box,
    Uncapturable,
}

/// <summary>Why a value is replaced by a marker; the numbers are the hooks' <c>UncapturedReason</c> values.</summary>
public enum UncapturedReason
{
    Unknown = 0,
    ByRefLike = 1,
    Pointer = 2,
    NotYetAssigned = 3,
    UninitializedInstance = 4,
    NullReference = 5,
}
