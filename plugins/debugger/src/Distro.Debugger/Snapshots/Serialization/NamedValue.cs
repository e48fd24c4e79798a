namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>A captured variable: an argument, a local or a return value, with the type its declaration gives.</summary>
internal readonly record struct NamedValue(string Name, object? Value, Type? DeclaredType);
