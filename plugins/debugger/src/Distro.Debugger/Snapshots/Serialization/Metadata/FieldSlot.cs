using System.Reflection;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>One instance field to capture, with the name a snapshot shows for it.</summary>
internal sealed class FieldSlot(FieldInfo field, string displayName)
{
    public FieldInfo Field { get; } = field;

    public MemberName Name { get; } = new(displayName);

    private TypeMetadata? _valueMetadata;
    private bool _valueMetadataKnown;

    /// <summary>Reading a pointer field would box a <see cref="System.Reflection.Pointer"/>: it is reported instead.</summary>
    public bool IsPointer { get; } = field.FieldType.IsPointer || field.FieldType.IsFunctionPointer;

    /// <summary>
    /// <see cref="TypeMetadataCache.ForEveryValueOf"/> the field's type, looked up at the first read rather than when
    /// the declaring type's metadata is built (a type may hold fields of its own type).
    /// </summary>
    public TypeMetadata? ValueMetadata
    {
        get
        {
            if (!Volatile.Read(ref _valueMetadataKnown))
            {
                _valueMetadata = TypeMetadataCache.ForEveryValueOf(Field.FieldType);
                Volatile.Write(ref _valueMetadataKnown, true);
            }

            return _valueMetadata;
        }
    }
}
