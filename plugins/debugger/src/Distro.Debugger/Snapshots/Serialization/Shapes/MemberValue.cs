using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>
/// One member read from an object: its name, its value (or why reading it failed), its declared type, and when every
/// value of that type has one type, its metadata (<see cref="TypeMetadataCache.ForEveryValueOf"/>).
/// </summary>
internal readonly record struct MemberValue(MemberName Name, object? Value, Type DeclaredType, Exception? ReadError = null)
{
    public TypeMetadata? ValueMetadata { get; init; }
}
