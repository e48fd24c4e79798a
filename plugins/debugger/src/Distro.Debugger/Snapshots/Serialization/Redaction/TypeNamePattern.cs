namespace Distro.Debugger.Snapshots.Serialization.Redaction;

/// <summary>A redacted type: a full type name as snapshots write it, or a prefix ending in <c>*</c> (<c>Shop.Secrets*</c>).</summary>
internal readonly struct TypeNamePattern
{
    private readonly string _text;
    private readonly bool _isPrefix;

    public TypeNamePattern(string pattern)
    {
        _isPrefix = pattern.EndsWith('*');
        _text = _isPrefix ? pattern[..^1] : pattern;
    }

    public bool Matches(string typeName) =>
        _isPrefix
            ? typeName.StartsWith(_text, StringComparison.Ordinal)
            : typeName.Equals(_text, StringComparison.Ordinal);
}
