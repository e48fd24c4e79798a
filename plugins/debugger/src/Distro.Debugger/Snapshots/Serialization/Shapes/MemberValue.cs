using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>One member read from an object: its name, its value (or why reading it failed) and its declared type.</summary>
internal readonly record struct MemberValue(MemberName Name, object? Value, Type DeclaredType, Exception? ReadError = null);
