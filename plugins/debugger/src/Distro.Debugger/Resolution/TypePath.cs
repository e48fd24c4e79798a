using System.Reflection.Metadata;

namespace Distro.Debugger.Resolution;

/// <summary>
/// A type definition's full name as parts: the namespace's parts, then the metadata names of the nesting chain
/// from the outermost type to the type itself (<c>Acme</c>, <c>Shop</c>, <c>Outer`1</c>, <c>Inner</c>).
/// </summary>
internal sealed record TypePath(IReadOnlyList<string> NamespaceParts, IReadOnlyList<string> NestingChain)
{
    private const int MaxNesting = 64;

    public static TypePath Of(Type definition)
    {
        var chain = new List<string>();
        var outermost = definition;
        for (var current = definition; current is not null; current = current.DeclaringType)
        {
            chain.Add(current.Name);
            outermost = current;
        }

        chain.Reverse();
        return new TypePath(SplitNamespace(outermost.Namespace), chain);
    }

    public static TypePath Of(MetadataReader reader, TypeDefinition definition)
    {
        var chain = new List<string>();
        var outermost = definition;
        for (var current = definition; ; current = reader.GetTypeDefinition(current.GetDeclaringType()))
        {
            if (chain.Count == MaxNesting)
            {
                // Metadata read from disk is not validated by the runtime: never loop on a nesting cycle.
                throw new BadImageFormatException($"type nesting deeper than {MaxNesting} levels");
            }

            chain.Add(reader.GetString(current.Name));
            outermost = current;
            if (current.GetDeclaringType().IsNil)
            {
                break;
            }
        }

        chain.Reverse();
        return new TypePath(SplitNamespace(reader.GetString(outermost.Namespace)), chain);
    }

    public string Namespace => string.Join('.', NamespaceParts);

    /// <summary>
    /// Whether <paramref name="segments"/> spell the end of this path. A segment that falls on a nested type compares
    /// its arity too; one that falls on the namespace must have none.
    /// </summary>
    public bool EndsWith(IReadOnlyList<NameSegment> segments)
    {
        var total = NamespaceParts.Count + NestingChain.Count;
        if (segments.Count > total)
        {
            return false;
        }

        for (var index = 0; index < segments.Count; index++)
        {
            var part = total - segments.Count + index;
            var segment = segments[index];
            var matches = part < NamespaceParts.Count
                ? segment.Arity is null or 0 && string.Equals(segment.Name, NamespaceParts[part], StringComparison.Ordinal)
                : segment.Matches(NestingChain[part - NamespaceParts.Count]);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The namespace parts that <paramref name="segmentCount"/> trailing segments leave unspelled.</summary>
    public string NamespaceBefore(int segmentCount)
    {
        var uncovered = NamespaceParts.Count + NestingChain.Count - segmentCount;
        return string.Join('.', NamespaceParts.Take(Math.Max(uncovered, 0)));
    }

    private static string[] SplitNamespace(string? @namespace) =>
        string.IsNullOrEmpty(@namespace) ? [] : @namespace.Split('.');
}
