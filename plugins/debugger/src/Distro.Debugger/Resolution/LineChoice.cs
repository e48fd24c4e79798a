namespace Distro.Debugger.Resolution;

/// <summary>A method that owns a requested line, the line with code it bound to, and that line's first IL offset.</summary>
internal sealed record LineChoice(MethodCode Method, int BoundLine, int ILOffset);
