using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

// Readers of immutable and frozen collections: safe to enumerate from any thread.

internal sealed class ImmutableArrayReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var array = (ImmutableArray<T>)collection;
        if (array.IsDefault)
        {
            return CollectionRead.Null;
        }

        var copied = 0;
        while (copied < destination.Length && copied < array.Length && !budget.ShouldStop())
        {
            destination[copied] = array[copied];
            copied++;
        }

        return CollectionRead.Of(array.Length, copied);
    }
}

internal sealed class ImmutableListReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var list = (ImmutableList<T>)collection;
        return CollectionRead.Of(list.Count, EnumeratorCopy.Items<ImmutableList<T>.Enumerator, T>(list.GetEnumerator(), destination, budget));
    }
}

internal sealed class ImmutableHashSetReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var set = (ImmutableHashSet<T>)collection;
        return CollectionRead.Of(set.Count, EnumeratorCopy.Items<ImmutableHashSet<T>.Enumerator, T>(set.GetEnumerator(), destination, budget));
    }
}

internal sealed class ImmutableSortedSetReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var set = (ImmutableSortedSet<T>)collection;
        return CollectionRead.Of(set.Count, EnumeratorCopy.Items<ImmutableSortedSet<T>.Enumerator, T>(set.GetEnumerator(), destination, budget));
    }
}

internal sealed class FrozenSetReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var set = (FrozenSet<T>)collection;
        return CollectionRead.Of(set.Count, EnumeratorCopy.Items<FrozenSet<T>.Enumerator, T>(set.GetEnumerator(), destination, budget));
    }
}
