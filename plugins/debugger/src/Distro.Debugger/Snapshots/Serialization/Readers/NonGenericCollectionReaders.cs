using System.Collections;

namespace Distro.Debugger.Snapshots.Serialization.Readers;

// Readers of the non-generic collections. Their members are virtual: the allow-list accepts only the BCL
// types themselves (and their BCL subclasses such as the synchronized wrappers), never a user subclass.

internal sealed class ArrayListReader() : CollectionReader(typeof(object))
{
    public override CollectionRead Read(object collection, Span<object?> destination, CaptureBudget budget)
    {
        var list = (ArrayList)collection;
        var size = list.Count;
        var copied = 0;
        while (copied < destination.Length && copied < size && !budget.ShouldStop())
        {
            destination[copied] = list[copied];
            copied++;
        }

        return CollectionRead.Of(size, copied);
    }
}

internal sealed class HashtableReader() : DictionaryReader(typeof(object), typeof(object))
{
    public override CollectionRead Read(object dictionary, Span<object?> keys, Span<object?> values, CaptureBudget budget)
    {
        var table = (Hashtable)dictionary;
        var size = table.Count;
        var copied = 0;
        var enumerator = table.GetEnumerator();
        while (copied < keys.Length && !budget.ShouldStop() && enumerator.MoveNext())
        {
            keys[copied] = enumerator.Key;
            values[copied] = enumerator.Value;
            copied++;
        }

        return CollectionRead.Of(size, copied);
    }
}
