namespace Distro.Debugger.Resolution;

/// <summary>
/// One dotted part of a name as the user wrote it: <c>Box</c> with its generic arity when one was given
/// (<c>Box`1</c>, <c>Box&lt;T&gt;</c>, <c>Box&lt;,&gt;</c>), or none (then any arity matches).
/// </summary>
internal readonly record struct NameSegment(string Name, int? Arity)
{
    /// <summary>Whether a metadata name such as <c>Box`1</c> or <c>Inner</c> is this segment.</summary>
    public bool Matches(string metadataName)
    {
        var (name, arity) = Split(metadataName);
        return string.Equals(name, Name, StringComparison.Ordinal) && (Arity is null || Arity == arity);
    }

    /// <summary>Splits a metadata type name into its name and its own generic arity: <c>Box`1</c> is (Box, 1).</summary>
    public static (string Name, int Arity) Split(string metadataName)
    {
        var tick = metadataName.LastIndexOf('`');
        if (tick > 0 && int.TryParse(metadataName.AsSpan(tick + 1), out var arity))
        {
            return (metadataName[..tick], arity);
        }

        return (metadataName, 0);
    }
}
