using System.Reflection;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

/// <summary>
/// A BCL collection that only forwards to another collection (Collection&lt;T&gt;, ReadOnlyCollection&lt;T&gt;,
/// ReadOnlyDictionary&lt;TKey, TValue&gt;, BlockingCollection&lt;T&gt;). Its own members would forward to the inner
/// collection, which may be a user type; reading the inner collection directly lets the allow-list decide.
/// </summary>
internal sealed class CollectionWrapper
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly PropertyInfo? _property;
    private readonly FieldInfo? _field;

    private CollectionWrapper(PropertyInfo? property, FieldInfo? field)
    {
        _property = property;
        _field = field;
    }

    /// <summary>Through a non-virtual BCL property getter (such as the protected <c>Items</c>).</summary>
    public static CollectionWrapper? ThroughProperty(Type wrapperType, string propertyName) =>
        wrapperType.GetProperty(propertyName, InstanceMembers) is { GetMethod: { IsVirtual: false } } property
            ? new CollectionWrapper(property, null)
            : null;

    /// <summary>Through a private field, where the BCL exposes no plain accessor.</summary>
    public static CollectionWrapper? ThroughField(Type wrapperType, string fieldName) =>
        wrapperType.GetField(fieldName, InstanceMembers) is { } field ? new CollectionWrapper(null, field) : null;

    public object? Unwrap(object wrapper) => _property is not null ? _property.GetValue(wrapper) : _field!.GetValue(wrapper);
}
