using System.Diagnostics.CodeAnalysis;

namespace Distro.Debugger.Resolution;

/// <summary>
/// A configured class name: a simple name, a nested type as <c>Outer+Inner</c> or <c>Outer.Inner</c>, a generic type
/// as <c>Box`1</c>, <c>Box&lt;T&gt;</c> or <c>Box&lt;,&gt;</c> (plain <c>Box</c> fits every arity), optionally led by
/// namespace parts. Names are compared case-sensitively, as C# does.
/// </summary>
internal sealed class ClassNamePattern
{
    private ClassNamePattern(IReadOnlyList<NameSegment> segments) => Segments = segments;

    public IReadOnlyList<NameSegment> Segments { get; }

    /// <summary>The innermost type's name without arity: what an index of types by name is looked up with.</summary>
    public string SimpleName => Segments[^1].Name;

    public static bool TryParse(string className, [NotNullWhen(true)] out ClassNamePattern? pattern, out string error)
    {
        pattern = null;
        if (string.IsNullOrWhiteSpace(className))
        {
            error = "a method probe needs a class name";
            return false;
        }

        if (!TypeSpellingParser.TryParse(className, out var spelling, out error))
        {
            error = $"cannot read the class name: {error}";
            return false;
        }

        if (spelling is not NamedTypeSpelling named)
        {
            error = $"'{className}' is not a class name";
            return false;
        }

        pattern = new ClassNamePattern(named.Segments);
        return true;
    }

    /// <summary>
    /// Matches a type given its path, the code unit (a namespace, or an assembly name) and the name of its assembly.
    /// Exact: the segments spell the whole nesting chain and, with the code unit, the whole namespace; or the code unit
    /// names the assembly. Loose: see <see cref="TypeMatch.Loose"/>.
    /// </summary>
    public TypeMatch Match(TypePath path, string codeUnit, string assemblyName)
    {
        if (!path.EndsWith(Segments))
        {
            return TypeMatch.None;
        }

        var spellsWholeChain = Segments.Count >= path.NestingChain.Count;
        if (codeUnit.Length > 0 && string.Equals(codeUnit, assemblyName, StringComparison.OrdinalIgnoreCase))
        {
            return spellsWholeChain ? TypeMatch.Exact : TypeMatch.Loose;
        }

        if (spellsWholeChain)
        {
            var namespaceLeft = path.NamespaceBefore(Segments.Count);
            if (string.Equals(namespaceLeft, codeUnit, StringComparison.Ordinal))
            {
                return TypeMatch.Exact;
            }

            return codeUnit.Length == 0 ? TypeMatch.Loose : TypeMatch.None;
        }

        return codeUnit.Length == 0 || string.Equals(path.Namespace, codeUnit, StringComparison.Ordinal) ? TypeMatch.Loose : TypeMatch.None;
    }

    public override string ToString() =>
        string.Join('.', Segments.Select(segment => segment.Arity > 0 ? $"{segment.Name}`{segment.Arity}" : segment.Name));
}
