using System.Text.Encodings.Web;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Readers;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Debugger.Snapshots.Serialization.Shapes;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// Everything the serializer needs to know about one type, computed once: its snapshot name, how its values
/// are written, and the reflection objects that read them. Holds types and reflection objects only, never values.
/// </summary>
internal sealed class TypeMetadata
{
    private RedactionVerdict? _redaction;
    private FlatLayout? _flat;
    private bool _flatKnown;

    public TypeMetadata(Type type, string displayName, ValueKind kind)
    {
        Type = type;
        DisplayName = displayName;
        EncodedName = JsonEncodedText.Encode(displayName, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        Kind = kind;
        IsValueType = type.IsValueType;
    }

    public Type Type { get; }

    public string DisplayName { get; }

    /// <summary>The display name as JSON text; readable type names keep their &lt;, &gt; and + unescaped.</summary>
    public JsonEncodedText EncodedName { get; }

    public ValueKind Kind { get; }

    /// <summary>Boxed values are never shared, so only reference types take part in cycle detection.</summary>
    public bool IsValueType { get; }

    public ScalarKind Scalar { get; init; }

    public string? ScalarFormat { get; init; }

    /// <summary>
    /// For a scalar whose text never needs escaping: its whole captured value up to the text,
    /// <c>{"type":"name","value":"</c>, so that it is written in one piece (see <see cref="ScalarWriter"/>).
    /// </summary>
    public byte[]? WholeValuePrefix { get; init; }

    public MemberShape? Members { get; init; }

    public CollectionReader? Elements { get; init; }

    public DictionaryReader? Entries { get; init; }

    public CollectionWrapper? Wrapper { get; init; }

    /// <summary>For <see cref="ValueKind.Unreadable"/>: the type of the exception that inspecting the type threw.</summary>
    public string? FailureType { get; init; }

    /// <summary>
    /// For an object whose fields all hold scalars that can be written in one piece, their layout
    /// (<see cref="FlatLayout.Of"/>); worked out at first use, since it needs the fields' own metadata.
    /// </summary>
    public FlatLayout? Flat
    {
        get
        {
            if (!Volatile.Read(ref _flatKnown))
            {
                _flat = FlatLayout.Of(this);
                Volatile.Write(ref _flatKnown, true);
            }

            return _flat;
        }
    }

    /// <summary>Whether the policy redacts this type (see <see cref="RedactionVerdict"/>).</summary>
    public bool IsRedactedBy(RedactionPolicy policy)
    {
        var verdict = _redaction;
        if (verdict is null || !ReferenceEquals(verdict.Policy, policy))
        {
            verdict = new RedactionVerdict(policy, policy.IsRedactedType(Type));
            _redaction = verdict;
        }

        return verdict.IsRedacted;
    }
}
