using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>
/// The exception that awaiting a faulted task throws, read from the task's internal exception holder.
/// <see cref="Task.Exception"/> would mark the exceptions as observed, which changes whether
/// TaskScheduler.UnobservedTaskException fires for the application.
/// </summary>
internal static class TaskFaults
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly FieldInfo? s_contingentProperties = typeof(Task).GetField("m_contingentProperties", InstanceMembers);
    private static readonly FieldInfo? s_exceptionsHolder = s_contingentProperties?.FieldType.GetField("m_exceptionsHolder", InstanceMembers);
    private static readonly FieldInfo? s_faultExceptions = s_exceptionsHolder?.FieldType.GetField("m_faultExceptions", InstanceMembers);
    private static readonly FieldInfo? s_cancellationException = s_exceptionsHolder?.FieldType.GetField("m_cancellationException", InstanceMembers);

    /// <summary>The first fault, or null when the runtime keeps its faults elsewhere (then it is left out, not guessed).</summary>
    public static Exception? FirstException(Task task)
    {
        if (s_faultExceptions is null
            || s_contingentProperties!.GetValue(task) is not { } properties
            || s_exceptionsHolder!.GetValue(properties) is not { } holder)
        {
            return null;
        }

        return s_faultExceptions.GetValue(holder) is List<ExceptionDispatchInfo> { Count: > 0 } faults ? faults[0].SourceException : null;
    }

    /// <summary>
    /// The OperationCanceledException that canceled the task (an async method's own, with its token and stack), or
    /// null when the task was canceled without one or the runtime keeps it elsewhere.
    /// </summary>
    public static Exception? CancellationException(Task task)
    {
        if (s_cancellationException is null
            || s_contingentProperties!.GetValue(task) is not { } properties
            || s_exceptionsHolder!.GetValue(properties) is not { } holder)
        {
            return null;
        }

        return s_cancellationException.GetValue(holder) switch
        {
            ExceptionDispatchInfo dispatch => dispatch.SourceException,
            Exception exception => exception,
            _ => null,
        };
    }
}
