namespace Distro.Debugger.Snapshots.Serialization.Readers;

/// <summary>How an allow-listed collection type is read: exactly one of the three is set.</summary>
internal sealed record CollectionAccess(CollectionReader? Elements, DictionaryReader? Entries, CollectionWrapper? Wrapper);
