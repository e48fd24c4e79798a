namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// The name a field has in source: an auto-property's <c>&lt;Name&gt;k__BackingField</c>, an anonymous type's
/// <c>&lt;Name&gt;i__Field</c>, a captured primary constructor parameter <c>&lt;name&gt;P</c> and a hoisted
/// local <c>&lt;name&gt;5__2</c> become <c>Name</c>/<c>name</c>; <c>System.Tuple</c>'s <c>m_Item1</c> becomes <c>Item1</c>.
/// Other compiler-generated names (<c>&lt;&gt;4__this</c>) are kept as they are.
/// </summary>
internal static class FieldDisplayName
{
    public static string Of(string fieldName, Type declaringType)
    {
        if (fieldName.StartsWith('<'))
        {
            return SourceNameOfGenerated(fieldName) ?? fieldName;
        }

        if (fieldName.StartsWith("m_", StringComparison.Ordinal) && IsSystemTuple(declaringType))
        {
            return fieldName[2..];
        }

        return fieldName;
    }

    private static string? SourceNameOfGenerated(string fieldName)
    {
        var close = fieldName.IndexOf('>', StringComparison.Ordinal);
        if (close <= 1)
        {
            return null;
        }

        var suffix = fieldName.AsSpan(close + 1);
        var isSourceNamed = suffix is "k__BackingField" or "i__Field" or "P"
            || (suffix.StartsWith("5__") && suffix.Length > 3 && int.TryParse(suffix[3..], out _));
        return isSourceNamed ? fieldName[1..close] : null;
    }

    private static bool IsSystemTuple(Type type) =>
        type.IsGenericType
        && type.Namespace == "System"
        && type.Name.StartsWith("Tuple`", StringComparison.Ordinal)
        && type.Assembly == typeof(Tuple).Assembly;
}
