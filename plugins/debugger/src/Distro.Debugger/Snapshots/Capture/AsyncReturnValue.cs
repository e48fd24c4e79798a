using System.Collections.Concurrent;
using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Shapes;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>
/// What an async method returned: the task behind a <see cref="Task"/> or <see cref="ValueTask"/>, and, once it
/// completed, its result or the exception awaiting it would throw. Never waits, never marks exceptions as observed.
/// </summary>
internal static class AsyncReturnValue
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly ConcurrentDictionary<Type, Func<object, object?>> s_results = new();
    private static readonly ConcurrentDictionary<Type, (FieldInfo? Source, FieldInfo? Result)> s_valueTaskFields = new();

    /// <summary>The task behind a returned Task or ValueTask; null for other values and for a ValueTask that completed synchronously or is backed by an IValueTaskSource (which must not be observed by anyone but its awaiter).</summary>
    public static Task? TaskOf(object? returnValue)
    {
        if (returnValue is Task task)
        {
            return task;
        }

        return returnValue is not null && IsValueTask(returnValue.GetType())
            ? ValueTaskFields(returnValue.GetType()).Source?.GetValue(returnValue) as Task
            : null;
    }

    /// <summary>The value a synchronously completed ValueTask&lt;T&gt; carries.</summary>
    public static bool TryGetSynchronousResult(object? returnValue, out object? result)
    {
        result = null;
        if (returnValue is null || !IsValueTask(returnValue.GetType()))
        {
            return false;
        }

        var (source, resultField) = ValueTaskFields(returnValue.GetType());
        if (source?.GetValue(returnValue) is not null)
        {
            return false;
        }

        result = resultField?.GetValue(returnValue);
        return resultField is not null;
    }

    /// <summary>The type an awaiter of <paramref name="declaredReturnType"/> receives: T for Task&lt;T&gt;/ValueTask&lt;T&gt;, null for Task/ValueTask.</summary>
    public static Type? AwaitedType(Type declaredReturnType) =>
        declaredReturnType.IsGenericType
        && (declaredReturnType.GetGenericTypeDefinition() == typeof(Task<>) || declaredReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? declaredReturnType.GetGenericArguments()[0]
            : null;

    /// <summary>The result of a task that ran to completion (null for a non-generic task).</summary>
    public static object? ResultOf(Task completed) =>
        completed.GetType().IsGenericType ? s_results.GetOrAdd(completed.GetType(), CreateResultReader)(completed) : null;

    /// <summary>The exception awaiting a faulted or canceled task throws (not an AggregateException), if the runtime keeps it where it can be read.</summary>
    public static Exception? ExceptionOf(Task completed) =>
        completed.IsCanceled
            ? TaskFaults.CancellationException(completed) ?? new TaskCanceledException(completed)
            : TaskFaults.FirstException(completed);

    private static bool IsValueTask(Type type) =>
        type == typeof(ValueTask) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    private static (FieldInfo? Source, FieldInfo? Result) ValueTaskFields(Type type) =>
        s_valueTaskFields.GetOrAdd(type, static valueTaskType => (valueTaskType.GetField("_obj", InstanceFields), valueTaskType.GetField("_result", InstanceFields)));

    private static Func<object, object?> CreateResultReader(Type taskType)
    {
        // Task<T>.Result of a completed task returns the stored value; it only blocks on a task that has not completed.
        var result = taskType.GetProperty(nameof(Task<int>.Result), BindingFlags.Instance | BindingFlags.Public);
        return result is null ? static _ => null : task => result.GetValue(task);
    }
}
