using System.Text.Encodings.Web;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>The name a member is shown under, encoded once, with its redaction verdict remembered.</summary>
internal sealed class MemberName(string text)
{
    private RedactionVerdict? _verdict;

    public string Text { get; } = text;

    public JsonEncodedText Encoded { get; } = JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public bool IsRedactedBy(RedactionPolicy policy)
    {
        var verdict = _verdict;
        if (verdict is null || !ReferenceEquals(verdict.Policy, policy))
        {
            verdict = new RedactionVerdict(policy, policy.IsRedactedName(Text));
            _verdict = verdict;
        }

        return verdict.IsRedacted;
    }
}
