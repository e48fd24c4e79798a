namespace Distro.Debugger.Snapshots.Serialization.Readers;

// Readers of System.Collections.Generic collections. Each casts to the BCL type and calls its non-virtual
// Count and struct GetEnumerator, so a user subclass cannot substitute code.

internal sealed class ListReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var list = (List<T>)collection;
        return CollectionRead.Of(list.Count, EnumeratorCopy.Items<List<T>.Enumerator, T>(list.GetEnumerator(), destination, budget));
    }
}

internal sealed class HashSetReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var set = (HashSet<T>)collection;
        return CollectionRead.Of(set.Count, EnumeratorCopy.Items<HashSet<T>.Enumerator, T>(set.GetEnumerator(), destination, budget));
    }
}

internal sealed class SortedSetReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var set = (SortedSet<T>)collection;
        return CollectionRead.Of(set.Count, EnumeratorCopy.Items<SortedSet<T>.Enumerator, T>(set.GetEnumerator(), destination, budget));
    }
}

internal sealed class QueueReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var queue = (Queue<T>)collection;
        return CollectionRead.Of(queue.Count, EnumeratorCopy.Items<Queue<T>.Enumerator, T>(queue.GetEnumerator(), destination, budget));
    }
}

internal sealed class StackReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var stack = (Stack<T>)collection;
        return CollectionRead.Of(stack.Count, EnumeratorCopy.Items<Stack<T>.Enumerator, T>(stack.GetEnumerator(), destination, budget));
    }
}

internal sealed class LinkedListReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var list = (LinkedList<T>)collection;
        return CollectionRead.Of(list.Count, EnumeratorCopy.Items<LinkedList<T>.Enumerator, T>(list.GetEnumerator(), destination, budget));
    }
}

internal sealed class DictionaryKeysReader<TKey, TValue>() : CollectionReader(typeof(TKey))
    where TKey : notnull
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var keys = (Dictionary<TKey, TValue>.KeyCollection)collection;
        return CollectionRead.Of(
            keys.Count,
            EnumeratorCopy.Items<Dictionary<TKey, TValue>.KeyCollection.Enumerator, TKey>(keys.GetEnumerator(), destination, budget));
    }
}

internal sealed class DictionaryValuesReader<TKey, TValue>() : CollectionReader(typeof(TValue))
    where TKey : notnull
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var values = (Dictionary<TKey, TValue>.ValueCollection)collection;
        return CollectionRead.Of(
            values.Count,
            EnumeratorCopy.Items<Dictionary<TKey, TValue>.ValueCollection.Enumerator, TValue>(values.GetEnumerator(), destination, budget));
    }
}
