namespace Distro.Debugger.Resolution;

/// <summary>How well a type fits a configured class name and code unit.</summary>
internal enum TypeMatch
{
    None,

    /// <summary>
    /// Fits only through a fallback: an empty code unit over a type outside the global namespace, or a nested type
    /// named without its outer types. Used only when no type fits exactly.
    /// </summary>
    Loose,

    Exact,
}
