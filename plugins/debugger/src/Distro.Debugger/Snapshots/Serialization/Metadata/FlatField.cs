namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>One field of a <see cref="FlatLayout"/>, with the JSON around its value prepared once.</summary>
internal sealed class FlatField
{
    public FlatField(FieldSlot slot, TypeMetadata valueMetadata)
    {
        Slot = slot;
        ValueMetadata = valueMetadata;
        PropertyName = [.. "\""u8, .. slot.Name.Encoded.EncodedUtf8Bytes, .. "\":"u8];
        var typeName = valueMetadata.EncodedName.EncodedUtf8Bytes;
        TextPrefix = [.. "{\"type\":\""u8, .. typeName, .. "\",\"value\":\""u8];
        NullValue = [.. "{\"type\":\""u8, .. typeName, .. "\",\"is_null\":true}"u8];
    }

    public FieldSlot Slot { get; }

    /// <summary>The metadata of every value the field holds.</summary>
    public TypeMetadata ValueMetadata { get; }

    /// <summary><c>"name":</c></summary>
    public byte[] PropertyName { get; }

    /// <summary>For a string field: <c>{"type":"System.String","value":"</c>.</summary>
    public byte[] TextPrefix { get; }

    /// <summary>For a string field holding null: its whole captured value.</summary>
    public byte[] NullValue { get; }
}
