namespace Distro.Debugger.Snapshots.Serialization.Readers;

/// <summary>Copies the first items of a BCL enumerator (a struct one is called directly, never through an interface).</summary>
internal static class EnumeratorCopy
{
    public static int Items<TEnumerator, T>(TEnumerator enumerator, Span<object?> destination, CaptureBudget budget)
        where TEnumerator : IEnumerator<T>
    {
        var copied = 0;
        try
        {
            while (copied < destination.Length && !budget.ShouldStop() && enumerator.MoveNext())
            {
                destination[copied++] = enumerator.Current;
            }
        }
        finally
        {
            enumerator.Dispose();
        }

        return copied;
    }

    public static int Entries<TEnumerator, TKey, TValue>(
        TEnumerator enumerator, Span<object?> keys, Span<object?> values, CaptureBudget budget)
        where TEnumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        var copied = 0;
        try
        {
            while (copied < keys.Length && !budget.ShouldStop() && enumerator.MoveNext())
            {
                var entry = enumerator.Current;
                keys[copied] = entry.Key;
                values[copied] = entry.Value;
                copied++;
            }
        }
        finally
        {
            enumerator.Dispose();
        }

        return copied;
    }
}
