using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>
/// What a task shows without waiting: <c>Status</c>, then <c>Result</c> when it ran to completion, or
/// <c>Exception</c> (the exception an await throws) when it faulted.
/// </summary>
internal static class TaskMembers
{
    private static readonly MemberName s_status = new("Status");
    private static readonly MemberName s_result = new("Result");
    private static readonly MemberName s_exception = new("Exception");
    private static readonly object s_ranToCompletion = TaskStatus.RanToCompletion;

    /// <summary>Adds the members of <paramref name="task"/>; <paramref name="result"/> is Task&lt;T&gt;.Result, or null for a task without a result.</summary>
    public static void Add(ref MemberBuffer buffer, Task task, PropertyInfo? result)
    {
        var status = task.Status;
        buffer.Add(s_status, status, typeof(TaskStatus));
        if (status == TaskStatus.RanToCompletion && result is not null)
        {
            // Completed: the getter returns the stored result and never waits.
            AddResult(ref buffer, result.GetValue(task), result.PropertyType);
        }
        else if (status == TaskStatus.Faulted && TaskFaults.FirstException(task) is { } fault)
        {
            buffer.Add(s_exception, fault, typeof(Exception));
        }
    }

    public static void AddCompleted(ref MemberBuffer buffer) => buffer.Add(s_status, s_ranToCompletion, typeof(TaskStatus));

    public static void AddResult(ref MemberBuffer buffer, object? value, Type resultType) => buffer.Add(s_result, value, resultType);
}
