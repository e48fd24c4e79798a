using Distro.Debugger.Snapshots.Serialization.Metadata;
using Distro.Hooks;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>An ordinary object or struct: its instance fields, read by reflection only.</summary>
internal sealed class FieldsShape(FieldSlot[] fields) : MemberShape
{
    public IReadOnlyList<FieldSlot> Fields => fields;

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var buffer = new MemberBuffer(destination);
        ReadInto(instance, ref buffer);
        return buffer.Count;
    }

    /// <summary>Appends the fields to members that another shape already added; those that do not fit are only counted.</summary>
    public void ReadInto(object instance, ref MemberBuffer buffer)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (!buffer.HasRoom)
            {
                buffer.Skip(fields.Length - i);
                return;
            }

            buffer.Add(ReadField(fields[i], instance));
        }
    }

    private static MemberValue ReadField(FieldSlot slot, object instance)
    {
        var type = slot.Field.FieldType;
        if (slot.IsPointer)
        {
            return new MemberValue(slot.Name, UncapturedValue.For(UncapturedReason.Pointer), type);
        }

        try
        {
            return new MemberValue(slot.Name, slot.Field.GetValue(instance), type) { ValueMetadata = slot.ValueMetadata };
        }
        catch (Exception e)
        {
            return new MemberValue(slot.Name, null, type, e);
        }
    }
}
