using System.Text.Json;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>Why a value's content is absent from a snapshot (the <c>not_captured_reason</c> property).</summary>
internal enum NotCapturedReason
{
    Redacted,
    Depth,
    Cycle,
    Timeout,
    ByRefLike,
    Pointer,
    Unassigned,
    Uninitialized,
    NullReference,
    NotEnumerable,
    Error,
}

internal static class NotCapturedReasonText
{
    private static readonly JsonEncodedText[] s_texts =
    [
        JsonEncodedText.Encode("redacted"),
        JsonEncodedText.Encode("depth"),
        JsonEncodedText.Encode("cycle"),
        JsonEncodedText.Encode("timeout"),
        JsonEncodedText.Encode("byref-like"),
        JsonEncodedText.Encode("pointer"),
        JsonEncodedText.Encode("unassigned"),
        JsonEncodedText.Encode("uninitialized"),
        JsonEncodedText.Encode("null-reference"),
        JsonEncodedText.Encode("not-enumerable"),
        JsonEncodedText.Encode("error"),
    ];

    public static JsonEncodedText ToJson(this NotCapturedReason reason) => s_texts[(int)reason];
}
