using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

/// <summary>
/// The collection types whose elements or entries are captured. A generic one is recognized on the value's
/// type or any of its base types, since its readers call only non-virtual members; a non-generic one only when
/// the value's type is declared by the framework, since its members are virtual.
/// </summary>
internal static class CollectionAllowList
{
    private static readonly Dictionary<Type, Type> s_elementReaders = new()
    {
        [typeof(List<>)] = typeof(ListReader<>),
        [typeof(HashSet<>)] = typeof(HashSetReader<>),
        [typeof(SortedSet<>)] = typeof(SortedSetReader<>),
        [typeof(Queue<>)] = typeof(QueueReader<>),
        [typeof(Stack<>)] = typeof(StackReader<>),
        [typeof(LinkedList<>)] = typeof(LinkedListReader<>),
        [typeof(Dictionary<,>.KeyCollection)] = typeof(DictionaryKeysReader<,>),
        [typeof(Dictionary<,>.ValueCollection)] = typeof(DictionaryValuesReader<,>),
        [typeof(ConcurrentQueue<>)] = typeof(ConcurrentQueueReader<>),
        [typeof(ConcurrentStack<>)] = typeof(ConcurrentStackReader<>),
        [typeof(ConcurrentBag<>)] = typeof(ConcurrentBagReader<>),
        [typeof(ImmutableArray<>)] = typeof(ImmutableArrayReader<>),
        [typeof(ImmutableList<>)] = typeof(ImmutableListReader<>),
        [typeof(ImmutableHashSet<>)] = typeof(ImmutableHashSetReader<>),
        [typeof(ImmutableSortedSet<>)] = typeof(ImmutableSortedSetReader<>),
        [typeof(FrozenSet<>)] = typeof(FrozenSetReader<>),
        [typeof(ArraySegment<>)] = typeof(ArraySegmentReader<>),
        [typeof(Memory<>)] = typeof(MemoryReader<>),
        [typeof(ReadOnlyMemory<>)] = typeof(ReadOnlyMemoryReader<>),
    };

    private static readonly Dictionary<Type, Type> s_entryReaders = new()
    {
        [typeof(Dictionary<,>)] = typeof(DictionaryEntriesReader<,>),
        [typeof(SortedDictionary<,>)] = typeof(SortedDictionaryReader<,>),
        [typeof(SortedList<,>)] = typeof(SortedListReader<,>),
        [typeof(ConcurrentDictionary<,>)] = typeof(ConcurrentDictionaryReader<,>),
        [typeof(ImmutableDictionary<,>)] = typeof(ImmutableDictionaryReader<,>),
        [typeof(ImmutableSortedDictionary<,>)] = typeof(ImmutableSortedDictionaryReader<,>),
        [typeof(FrozenDictionary<,>)] = typeof(FrozenDictionaryReader<,>),
    };

    private static readonly Dictionary<Type, Func<Type, CollectionWrapper?>> s_wrappers = new()
    {
        [typeof(Collection<>)] = static t => CollectionWrapper.ThroughProperty(t, "Items"),
        [typeof(ReadOnlyCollection<>)] = static t => CollectionWrapper.ThroughProperty(t, "Items"),
        [typeof(ReadOnlyDictionary<,>)] = static t => CollectionWrapper.ThroughProperty(t, "Dictionary"),
        [typeof(BlockingCollection<>)] = static t => CollectionWrapper.ThroughField(t, "_collection"),
    };

    public static CollectionAccess? Resolve(Type type)
    {
        if (type.IsArray)
        {
            return new CollectionAccess(new ArrayReader(type.GetElementType()!), null, null);
        }

        var declaredByFramework = FrameworkAssemblies.Declares(type);
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            if (current.IsGenericType && !current.ContainsGenericParameters && ResolveGeneric(current) is { } access)
            {
                return access;
            }

            if (declaredByFramework && ResolveNonGeneric(current) is { } legacy)
            {
                return legacy;
            }
        }

        return null;
    }

    private static CollectionAccess? ResolveGeneric(Type type)
    {
        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (s_elementReaders.TryGetValue(definition, out var elementReader))
        {
            return new CollectionAccess((CollectionReader)Activator.CreateInstance(elementReader.MakeGenericType(arguments))!, null, null);
        }

        if (s_entryReaders.TryGetValue(definition, out var entryReader))
        {
            return new CollectionAccess(null, (DictionaryReader)Activator.CreateInstance(entryReader.MakeGenericType(arguments))!, null);
        }

        return s_wrappers.TryGetValue(definition, out var wrap) && wrap(type) is { } wrapper
            ? new CollectionAccess(null, null, wrapper)
            : null;
    }

    private static CollectionAccess? ResolveNonGeneric(Type type)
    {
        if (type == typeof(ArrayList))
        {
            return new CollectionAccess(new ArrayListReader(), null, null);
        }

        return type == typeof(Hashtable) ? new CollectionAccess(null, new HashtableReader(), null) : null;
    }
}
