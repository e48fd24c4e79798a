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
}
