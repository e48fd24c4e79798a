namespace Distro.Debugger.Snapshots.Serialization.Readers;

internal enum CollectionReadStatus
{
    /// <summary>The size is known and the first items were copied.</summary>
    Read,

    /// <summary>The value is the default of a collection struct that stands for no collection (a default ImmutableArray).</summary>
    Null,

    /// <summary>The items live behind code that could be user code (a Memory over a MemoryManager).</summary>
    NotEnumerable,
}

/// <summary>What reading a collection gave: its size and how many of its first items were copied.</summary>
internal readonly record struct CollectionRead(CollectionReadStatus Status, int Size, int Copied)
{
    public static CollectionRead Null => new(CollectionReadStatus.Null, 0, 0);

    public static CollectionRead NotEnumerable => new(CollectionReadStatus.NotEnumerable, 0, 0);

    public static CollectionRead Of(int size, int copied) => new(CollectionReadStatus.Read, size, copied);
}
