using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>
/// A ValueTask or ValueTask&lt;T&gt;, read from its fields: its own IsCompleted would call an IValueTaskSource,
/// which may be user code. A value-backed one ran to completion; a task-backed one shows its task's members;
/// a source-backed one shows its <c>Source</c> object (fields only).
/// </summary>
internal sealed class ValueTaskShape : MemberShape
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly MemberName s_source = new("Source");

    private readonly FieldInfo _object;
    private readonly FieldInfo? _result;
    private readonly PropertyInfo? _taskResult;

    private ValueTaskShape(FieldInfo obj, FieldInfo? result, PropertyInfo? taskResult)
    {
        _object = obj;
        _result = result;
        _taskResult = taskResult;
    }

    public static bool IsValueTask(Type type) =>
        type == typeof(ValueTask) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    /// <summary>Null when the runtime's ValueTask no longer has the expected fields: then it is read as a plain struct.</summary>
    public static ValueTaskShape? Create(Type valueTaskType)
    {
        if (valueTaskType.GetField("_obj", InstanceMembers) is not { } obj)
        {
            return null;
        }

        if (!valueTaskType.IsGenericType)
        {
            return new ValueTaskShape(obj, null, null);
        }

        var result = valueTaskType.GetField("_result", InstanceMembers);
        var taskResult = typeof(Task<>).MakeGenericType(valueTaskType.GetGenericArguments()).GetProperty(nameof(Task<int>.Result));
        return result is null ? null : new ValueTaskShape(obj, result, taskResult);
    }

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var buffer = new MemberBuffer(destination);
        switch (_object.GetValue(instance))
        {
            case null:
                TaskMembers.AddCompleted(ref buffer);
                if (_result is not null)
                {
                    TaskMembers.AddResult(ref buffer, _result.GetValue(instance), _result.FieldType);
                }

                break;
            case Task task:
                TaskMembers.Add(ref buffer, task, _taskResult);
                break;
            case var source:
                buffer.Add(s_source, source, typeof(object));
                break;
        }

        return buffer.Count;
    }
}
