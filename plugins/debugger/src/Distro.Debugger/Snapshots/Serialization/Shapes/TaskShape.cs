using System.Reflection;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>A Task or Task&lt;T&gt; (including the runtime's async state machine boxes): see <see cref="TaskMembers"/>.</summary>
internal sealed class TaskShape(Type taskType) : MemberShape
{
    private readonly PropertyInfo? _result = ResultProperty(taskType);

    /// <summary>
    /// The public type a task value is named by: the async machinery's box types are Task&lt;T&gt; to a user, and
    /// the runtime's Task&lt;VoidTaskResult&gt; (a completed Task, an async Task method's task) is a plain Task.
    /// </summary>
    public static Type PublicTaskType(Type taskType)
    {
        for (var current = taskType; current is not null; current = current.BaseType)
        {
            if (current == typeof(Task))
            {
                return current;
            }

            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Task<>))
            {
                return IsVoidResult(current.GetGenericArguments()[0]) ? typeof(Task) : current;
            }
        }

        return taskType;
    }

    private static bool IsVoidResult(Type resultType) =>
        resultType.FullName == "System.Threading.Tasks.VoidTaskResult" && resultType.Assembly == typeof(Task).Assembly;

    public static PropertyInfo? ResultProperty(Type taskType) =>
        PublicTaskType(taskType) is { IsGenericType: true } generic ? generic.GetProperty(nameof(Task<int>.Result)) : null;

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var buffer = new MemberBuffer(destination);
        TaskMembers.Add(ref buffer, (Task)instance, _result);
        return buffer.Count;
    }
}
