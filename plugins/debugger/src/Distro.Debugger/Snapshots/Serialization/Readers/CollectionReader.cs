namespace Distro.Debugger.Snapshots.Serialization.Readers;

/// <summary>
/// Reads the size and the first items of one allow-listed collection type, calling only the BCL members that
/// cannot dispatch to user code (non-virtual methods of the BCL type, even on a user subclass).
/// </summary>
internal abstract class CollectionReader(Type elementType)
{
    /// <summary>The declared type of the items: names null items and nullable ones.</summary>
    public Type ElementType { get; } = elementType;

    /// <summary>Copies at most <paramref name="destination"/>.Length first items; the budget stops a long walk.</summary>
    public abstract CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget);
}

/// <summary>Reads the size and the first entries of one allow-listed dictionary type, without hashing or comparing keys.</summary>
internal abstract class DictionaryReader(Type keyType, Type valueType)
{
    public Type KeyType { get; } = keyType;

    public Type ValueType { get; } = valueType;

    /// <summary>Copies at most <paramref name="keys"/>.Length first entries into the two spans, which have the same length.</summary>
    public abstract CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget);
}
