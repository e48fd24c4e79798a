using Distro.Hooks;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

/// <summary>Reads arrays of any rank, multi-dimensional ones in row-major order (the order of their enumerator).</summary>
internal sealed class ArrayReader(Type elementType) : CollectionReader(elementType)
{
    private readonly bool _holdsPointers = elementType.IsPointer || elementType.IsFunctionPointer;

    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var array = (Array)collection;
        var count = Math.Min(destination.Length, array.Length);
        if (_holdsPointers)
        {
            destination[..count].Fill(UncapturedValue.For(UncapturedReason.Pointer));
            return CollectionRead.Of(array.Length, count);
        }

        if (array.Rank == 1)
        {
            var lowerBound = array.GetLowerBound(0);
            var copied = 0;
            while (copied < count && !budget.ShouldStop())
            {
                destination[copied] = array.GetValue(lowerBound + copied);
                copied++;
            }

            return CollectionRead.Of(array.Length, copied);
        }

        var enumerated = 0;
        var enumerator = array.GetEnumerator();
        while (enumerated < count && !budget.ShouldStop() && enumerator.MoveNext())
        {
            destination[enumerated++] = enumerator.Current;
        }

        return CollectionRead.Of(array.Length, enumerated);
    }
}
