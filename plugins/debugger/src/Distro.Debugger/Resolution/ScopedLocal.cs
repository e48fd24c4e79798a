namespace Distro.Debugger.Resolution;

/// <summary>A local variable slot of the instrumented method, under its source name.</summary>
internal readonly record struct ScopedLocal(int SlotIndex, string Name);
