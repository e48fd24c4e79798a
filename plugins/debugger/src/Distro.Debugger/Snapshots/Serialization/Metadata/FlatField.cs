using Distro.Debugger.Snapshots.Serialization.Flat;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>One field of a <see cref="FlatLayout"/>, with the JSON around its value prepared once.</summary>
internal sealed class FlatField(FieldSlot slot, TypeMetadata valueMetadata, FlatValue value)
{
    public FieldSlot Slot { get; } = slot;

    /// <summary>The metadata of every value the field holds.</summary>
    public TypeMetadata ValueMetadata { get; } = valueMetadata;

    /// <summary><c>"name":</c></summary>
    public byte[] PropertyName { get; } = [.. "\""u8, .. slot.Name.Encoded.EncodedUtf8Bytes, .. "\":"u8];

    public FlatValue Value { get; } = value;
}
