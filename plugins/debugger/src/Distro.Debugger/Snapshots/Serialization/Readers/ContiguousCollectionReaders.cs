using System.Buffers;
using System.Runtime.InteropServices;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

// Readers of views over contiguous memory.

internal sealed class ArraySegmentReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var segment = (ArraySegment<T>)collection;
        return segment.Array is null ? CollectionRead.Null : ContiguousCopy.From<T>(segment.AsSpan(), destination, budget);
    }
}

internal sealed class MemoryReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget) =>
        ContiguousCopy.From((ReadOnlyMemory<T>)(Memory<T>)collection, destination, budget);
}

internal sealed class ReadOnlyMemoryReader<T>() : CollectionReader(typeof(T))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget) =>
        ContiguousCopy.From((ReadOnlyMemory<T>)collection, destination, budget);
}

internal static class ContiguousCopy
{
    /// <summary>A memory backed by a MemoryManager gets its span from user code, so it is not read.</summary>
    public static CollectionRead From<T>(ReadOnlyMemory<T> memory, Span<object?> destination, CaptureBudget budget) =>
        MemoryMarshal.TryGetMemoryManager<T, MemoryManager<T>>(memory, out _)
            ? CollectionRead.NotEnumerable
            : From(memory.Span, destination, budget);

    public static CollectionRead From<T>(ReadOnlySpan<T> items, Span<object?> destination, CaptureBudget budget)
    {
        var copied = 0;
        while (copied < destination.Length && copied < items.Length && !budget.ShouldStop())
        {
            destination[copied] = items[copied];
            copied++;
        }

        return CollectionRead.Of(items.Length, copied);
    }
}
