using System.Collections.Immutable;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Which arguments or locals to capture. On the wire: absent means none, <c>[]</c> means all, a list of names means those.
/// </summary>
internal sealed record CaptureSelection
{
    private CaptureSelection(CaptureSelectionMode mode, ImmutableArray<string> names)
    {
        Mode = mode;
        Names = names;
    }

    public static CaptureSelection None { get; } = new(CaptureSelectionMode.None, []);

    public static CaptureSelection All { get; } = new(CaptureSelectionMode.All, []);

    public CaptureSelectionMode Mode { get; }

    /// <summary>The names to capture when <see cref="Mode"/> is <see cref="CaptureSelectionMode.Named"/>; empty otherwise.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>A selection of the given names; an empty list selects nothing (not all: "all" is only ever explicit).</summary>
    public static CaptureSelection Named(IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).ToImmutableArray();
        return distinct.IsEmpty ? None : new CaptureSelection(CaptureSelectionMode.Named, distinct);
    }

    /// <summary>Names are matched ordinally: C# identifiers are case-sensitive.</summary>
    public bool Includes(string name) => Mode switch
    {
        CaptureSelectionMode.All => true,
        CaptureSelectionMode.Named => Names.Contains(name, StringComparer.Ordinal),
        _ => false,
    };

    // ImmutableArray compares by reference; two selections of the same names are the same selection.
    public bool Equals(CaptureSelection? other) =>
        other is not null && Mode == other.Mode && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Mode);
        foreach (var name in Names)
        {
            hash.Add(name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
