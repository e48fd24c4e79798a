namespace Distro.IL.Rewriting;

/// <summary>The method contains code that the rewriter must not wrap.</summary>
public sealed class RewriteNotSupportedException(string message) : Exception(message);
