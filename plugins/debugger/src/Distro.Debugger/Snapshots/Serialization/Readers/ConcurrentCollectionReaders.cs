using System.Collections.Concurrent;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

// Readers of System.Collections.Concurrent collections, whose enumerators tolerate concurrent changes.
// ConcurrentStack counts by walking its nodes and ConcurrentBag enumerates a snapshot of all its items:
// both are BCL work proportional to the size, which the width limit cannot shorten.

internal sealed class ConcurrentQueueReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var queue = (ConcurrentQueue<T>)collection;
        return CollectionRead.Of(queue.Count, EnumeratorCopy.Items<IEnumerator<T>, T>(queue.GetEnumerator(), destination, budget));
    }
}

internal sealed class ConcurrentStackReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var stack = (ConcurrentStack<T>)collection;
        return CollectionRead.Of(stack.Count, EnumeratorCopy.Items<IEnumerator<T>, T>(stack.GetEnumerator(), destination, budget));
    }
}

internal sealed class ConcurrentBagReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var bag = (ConcurrentBag<T>)collection;
        return CollectionRead.Of(bag.Count, EnumeratorCopy.Items<IEnumerator<T>, T>(bag.GetEnumerator(), destination, budget));
    }
}
