using System.Text.Json;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>Property names of a captured value (CV) object, encoded once.</summary>
internal static class CapturedValueProperties
{
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Fields = JsonEncodedText.Encode("fields");
    public static readonly JsonEncodedText Elements = JsonEncodedText.Encode("elements");
    public static readonly JsonEncodedText Entries = JsonEncodedText.Encode("entries");
    public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
    public static readonly JsonEncodedText IsNull = JsonEncodedText.Encode("is_null");
    public static readonly JsonEncodedText NotCapturedReason = JsonEncodedText.Encode("not_captured_reason");
    public static readonly JsonEncodedText Truncated = JsonEncodedText.Encode("truncated");
    public static readonly JsonEncodedText Size = JsonEncodedText.Encode("size");
    public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
}
