namespace Distro.Debugger.Resolution;

/// <summary>A type as the user spelled it in a parameter list or a class name, parsed but not yet bound to a type.</summary>
internal abstract record TypeSpelling;

/// <summary>
/// A named type: its dotted segments (namespace and nesting, as much as was written) and its generic arguments in
/// reflection's order (outer type's first). No arguments means none were written, only perhaps an arity.
/// </summary>
internal sealed record NamedTypeSpelling(IReadOnlyList<NameSegment> Segments, IReadOnlyList<TypeSpelling> Arguments) : TypeSpelling;

/// <summary>An array; rank 1 is the single-dimension array <c>T[]</c>.</summary>
internal sealed record ArrayTypeSpelling(TypeSpelling Element, int Rank) : TypeSpelling;

internal sealed record PointerTypeSpelling(TypeSpelling Element) : TypeSpelling;

/// <summary>A <c>ref</c>, <c>out</c> or <c>in</c> parameter type (<c>T&amp;</c> in reflection).</summary>
internal sealed record ByRefTypeSpelling(TypeSpelling Element) : TypeSpelling;

/// <summary>
/// <c>T?</c>: <see cref="Nullable{T}"/> for a value type, only an annotation for a reference type (so it matches both).
/// </summary>
internal sealed record NullableTypeSpelling(TypeSpelling Element) : TypeSpelling;
