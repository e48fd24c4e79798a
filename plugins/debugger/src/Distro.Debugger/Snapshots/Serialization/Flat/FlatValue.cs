namespace Distro.Debugger.Snapshots.Serialization.Flat;

/// <summary>Reads one field of a flat object and formats its whole captured value, as the walker would write it.</summary>
internal abstract class FlatValue
{
    /// <summary>The most bytes the value takes, strings cut at <paramref name="maxStringLength"/> characters.</summary>
    public abstract long MaxLength(int maxStringLength);

    /// <summary>Formats the field's value at <paramref name="position"/>; false to decline, having moved nothing.</summary>
    public abstract bool TryFormat(object instance, Span<byte> json, ref int position, int maxStringLength);
}
