using System.Collections.Concurrent;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// Type metadata computed once per type, shared by all snapshots. Bounded: past <see cref="MaxEntries"/> types,
/// metadata is computed on each use instead. Types of collectible assemblies are never cached, so that their
/// load context can unload.
/// </summary>
internal static class TypeMetadataCache
{
    public const int MaxEntries = 4096;

    private static readonly ConcurrentDictionary<Type, TypeMetadata> s_entries = new();
    private static int s_count;

    public static TypeMetadata Get(Type type)
    {
        if (s_entries.TryGetValue(type, out var metadata))
        {
            return metadata;
        }

        metadata = TypeMetadataFactory.Create(type);
        if (!type.IsCollectible && Volatile.Read(ref s_count) < MaxEntries && s_entries.TryAdd(type, metadata))
        {
            Interlocked.Increment(ref s_count);
        }

        return metadata;
    }

    public static bool Contains(Type type) => s_entries.ContainsKey(type);

    /// <summary>
    /// The metadata of every non-null value a variable of <paramref name="declaredType"/> can hold, when they all have
    /// that one type (a value type other than Nullable&lt;T&gt;, or a sealed class other than an array, whose
    /// covariance lets it hold other array types); null otherwise. Lets a field or a collection look its values' type
    /// up once rather than once per value.
    /// </summary>
    public static TypeMetadata? ForEveryValueOf(Type declaredType)
    {
        var holdsOneType = declaredType.IsValueType
            ? Nullable.GetUnderlyingType(declaredType) is null && !declaredType.IsByRefLike
            : declaredType.IsSealed && !declaredType.IsArray && !declaredType.IsByRef && !declaredType.IsPointer && !declaredType.IsFunctionPointer;
        return holdsOneType && !declaredType.ContainsGenericParameters ? Get(declaredType) : null;
    }
}
