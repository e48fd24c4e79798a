using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Snapshots.Serialization;
using Distro.Hooks;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>
/// One captured call of a probed method. Arguments are serialized at entry, on the application's thread, before the
/// method can change them; the snapshot is finished at return, at the escaping exception, or for a method returning a
/// task when the task completes.
/// </summary>
internal sealed class MethodSnapshotFrame : ProbeFrame
{
    private const int InitialDocumentBytes = 4096;

    private readonly MethodSnapshotProbe _owner;
    private readonly IReadOnlyList<int> _returnLocalSlots;
    private readonly CallContext _context;
    private TimeSpan _entryCaptureTime;

    // The snapshot's document, open from entry to return: what entry captured is never copied.
    private SnapshotJson? _json;

    public MethodSnapshotFrame(MethodSnapshotProbe owner, IReadOnlyList<int> returnLocalSlots)
    {
        _owner = owner;
        _returnLocalSlots = returnLocalSlots;
        _context = CallContext.Current();
    }

    private CodeCapture Capture => _owner.Probe.Configuration.Capture;

    private TimeSpan TimeBudget => _owner.Probe.Serializer.Limits.SnapshotTimeBudget;

    public override void OnEntry(object? instance, object?[]? arguments)
    {
        var json = new SnapshotJson(InitialDocumentBytes);
        try
        {
            var writer = json.Writer;
            writer.WriteStartObject();
            if (Capture.CaptureStackTrace)
            {
                writer.WritePropertyName("stack");
                StackFrameWriter.WriteCallStack(writer, Capture.Limits.MaxStackFrames);
            }

            writer.WriteStartObject("captures");
            if (Capture.Arguments.Mode != CaptureSelectionMode.None)
            {
                var started = Stopwatch.GetTimestamp();
                writer.WriteStartObject("entry");
                writer.WritePropertyName("arguments");
                WriteArguments(writer, instance, arguments, includeInstance: true, CaptureBudget.Start(TimeBudget));
                writer.WriteEndObject();
                _entryCaptureTime = Stopwatch.GetElapsedTime(started);
            }

            _json = json;
        }
        catch
        {
            // The snapshot is still taken at return, without what entry captured.
            json.Dispose();
            throw;
        }
    }

    public override void OnReturn(object? instance, object? returnValue, object?[]? byRefArguments, object?[]? locals)
    {
        var task = AsyncReturnValue.TaskOf(returnValue);
        if (task is not null && !task.IsCompleted)
        {
            // The snapshot belongs to the awaited outcome; the continuation runs where the task completes.
            task.ContinueWith(
                static (completed, state) => ((MethodSnapshotFrame)state!).CompleteAsync(completed),
                this,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return;
        }

        if (task is not null)
        {
            CompleteTask(task);
            return;
        }

        var value = AsyncReturnValue.TryGetSynchronousResult(returnValue, out var synchronousResult) ? synchronousResult : returnValue;
        Finish(new Outcome(instance, value, byRefArguments, null, ThrowingNow: false) { Locals = new LocalValues(_returnLocalSlots, locals) });
    }

    public override void OnThrow(Exception exception) => Finish(new Outcome(null, null, null, exception, ThrowingNow: true));

    private void CompleteAsync(Task completed)
    {
        using var scope = ReentrancyGuard.Enter();
        try
        {
            CompleteTask(completed);
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ProbeFrameFailed(nameof(MethodSnapshotFrame), e.ToString());
        }
    }

    private void CompleteTask(Task completed)
    {
        if (completed.IsCompletedSuccessfully)
        {
            Finish(new Outcome(null, AsyncReturnValue.ResultOf(completed), null, null, ThrowingNow: false));
        }
        else
        {
            Finish(new Outcome(null, null, null, AsyncReturnValue.ExceptionOf(completed), ThrowingNow: false));
        }
    }

    private void Finish(Outcome outcome)
    {
        var duration = Stopwatch.GetTimestamp() - StartTimestamp;
        var json = _json ?? StartWithoutEntry();
        _json = null;
        using (json)
        {
            var writer = json.Writer;
            writer.WriteStartObject("return");
            // The budget is for capturing, not for the method's own run between entry and return.
            WriteReturnSide(writer, outcome, CaptureBudget.Start(TimeBudget - _entryCaptureTime));
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            SnapshotEmitter.Emit(_owner.Services, _owner.Probe, _owner.Target, _context, SnapshotAttributes.MethodLevel, duration, outcome.Exception, json.ToArray());
        }
    }

    private static SnapshotJson StartWithoutEntry()
    {
        var json = new SnapshotJson(InitialDocumentBytes);
        json.Writer.WriteStartObject();
        json.Writer.WriteStartObject("captures");
        return json;
    }

    private void WriteReturnSide(Utf8JsonWriter writer, Outcome outcome, CaptureBudget budget)
    {
        if (Capture.Arguments.Mode != CaptureSelectionMode.None && outcome.ByRefArguments is not null)
        {
            writer.WritePropertyName("arguments");
            WriteArguments(writer, outcome.Instance, outcome.ByRefArguments, includeInstance: false, budget);
        }

        if (outcome.Exception is { } exception)
        {
            writer.WritePropertyName("throwable");
            ThrowableWriter.Write(writer, exception, outcome.ThrowingNow ? _owner.Target.Method : null, Capture.Limits.MaxStackTraceSize);
        }
        else if (Capture.CaptureReturn && _owner.Target.Method is MethodInfo { ReturnType: var returnType } && returnType != typeof(void))
        {
            var declared = AsyncReturnValue.AwaitedType(returnType) ?? (returnType.IsByRef ? returnType.GetElementType() : returnType);
            if (declared is not null && !(declared == typeof(Task) || declared == typeof(ValueTask)))
            {
                writer.WritePropertyName("return_value");
                _owner.Probe.Serializer.WriteValue(writer, null, outcome.ReturnValue, declared, budget);
            }
        }

        if (outcome.Locals is { } locals && _owner.Target.ReturnLocals.Count > 0)
        {
            writer.WritePropertyName("locals");
            WriteLocals(writer, locals, budget);
        }
    }

    private void WriteLocals(Utf8JsonWriter writer, LocalValues locals, CaptureBudget budget)
    {
        var values = new List<NamedValue>(_owner.Target.ReturnLocals.Count);
        foreach (var (slot, name) in _owner.Target.ReturnLocals)
        {
            if (locals.TryGet(slot, out var value))
            {
                values.Add(new NamedValue(name, value, _owner.Target.LocalType(slot)));
            }
        }

        _owner.Probe.Serializer.WriteNamedValues(writer, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values), budget);
    }

    /// <summary>
    /// <c>{"this": CV, "name": CV, ...}</c> with the selected arguments; at return only the ref and out arguments,
    /// which the hooks pass at their positions (the other positions are null).
    /// </summary>
    private void WriteArguments(Utf8JsonWriter writer, object? instance, object?[]? arguments, bool includeInstance, CaptureBudget budget)
    {
        var selection = Capture.Arguments;
        var parameters = _owner.Target.Parameters;
        Span<NamedValue> values = new NamedValue[parameters.Length + 1];
        var count = 0;
        if (includeInstance && _owner.Target.IsInstance && selection.Includes("this"))
        {
            values[count++] = new NamedValue("this", instance, _owner.Target.Method.DeclaringType);
        }

        for (var i = 0; i < parameters.Length && arguments is not null && i < arguments.Length; i++)
        {
            var parameter = parameters[i];
            var name = parameter.Name ?? $"arg{i}";
            var isByRef = parameter.ParameterType.IsByRef;
            if (!selection.Includes(name) || (!includeInstance && !isByRef))
            {
                continue;
            }

            var declared = isByRef ? parameter.ParameterType.GetElementType() : parameter.ParameterType;
            values[count++] = new NamedValue(name, arguments[i], declared);
        }

        _owner.Probe.Serializer.WriteNamedValues(writer, values[..count], budget);
    }

    /// <summary>How the call ended; <c>ThrowingNow</c> when the exception is escaping on this very stack.</summary>
    private readonly record struct Outcome(object? Instance, object? ReturnValue, object?[]? ByRefArguments, Exception? Exception, bool ThrowingNow)
    {
        /// <summary>The locals at a normal, synchronous return.</summary>
        public LocalValues? Locals { get; init; }
    }
}
