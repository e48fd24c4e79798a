using System.Reflection;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>One instance field to capture, with the name a snapshot shows for it.</summary>
internal sealed class FieldSlot(FieldInfo field, string displayName)
{
    public FieldInfo Field { get; } = field;

    public MemberName Name { get; } = new(displayName);

    /// <summary>Reading a pointer field would box a <see cref="System.Reflection.Pointer"/>: it is reported instead.</summary>
    public bool IsPointer { get; } = field.FieldType.IsPointer || field.FieldType.IsFunctionPointer;
}
