using Distro.Debugger.Snapshots.Serialization.Shapes;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// The fields of a type whose every instance field holds values of one exact type that is written in one piece: a
/// fixed-size scalar (<see cref="TypeMetadata.WholeValuePrefix"/>) or a string. <see cref="FlatObjectWriter"/> writes
/// such an object as one raw JSON value from the pieces prepared here.
/// </summary>
internal sealed class FlatLayout
{
    private FlatLayout(FlatField[] fields) => Fields = fields;

    public IReadOnlyList<FlatField> Fields { get; }

    /// <summary>The layout of <paramref name="metadata"/>'s type, or null when one of its fields holds anything else.</summary>
    public static FlatLayout? Of(TypeMetadata metadata)
    {
        if (metadata.Kind != ValueKind.Members || metadata.Members is not FieldsShape { Fields: { Count: > 0 } slots })
        {
            return null;
        }

        var fields = new FlatField[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (slot.IsPointer
                || slot.ValueMetadata is not { Kind: ValueKind.Scalar } value
                || (value.WholeValuePrefix is null && value.Scalar != ScalarKind.String))
            {
                return null;
            }

            fields[i] = new FlatField(slot, value);
        }

        return new FlatLayout(fields);
    }
}
