using System.Reflection;
using System.Threading.Tasks.Sources;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class TaskCaptureTests
{
    private const string StatusType = "System.Threading.Tasks.TaskStatus";

    [Fact]
    public void WriteValue_CompletedTaskOfInt_WritesStatusAndResult() =>
        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.Task<System.Int32>", $"""
                "Status":{Cv.Value(StatusType, "RanToCompletion")},"Result":{Cv.Int(42)}
                """),
            Capture.Json(Task.FromResult(42)));

    [Fact]
    public void WriteValue_CompletedTask_WritesStatusOnly() =>
        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.Task", $""" "Status":{Cv.Value(StatusType, "RanToCompletion")}""".Trim()),
            Capture.Json(Task.CompletedTask));

    [Fact]
    public void WriteValue_FaultedTask_WritesTheExceptionWithoutObservingIt()
    {
        var task = Task.FromException<int>(new InvalidOperationException("failed"));

        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.Task<System.Int32>", $"""
                "Status":{Cv.Value(StatusType, "Faulted")},"Exception":{Cv.Fields("System.InvalidOperationException", $"""
                    "Message":{Cv.Str("failed")},"InnerException":{Cv.Null("System.Exception")}
                    """)}
                """),
            Capture.Json(task));
        Assert.False(IsObserved(task));
    }

    [Fact]
    public void WriteValue_CanceledTask_WritesStatusOnly() =>
        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.Task<System.Int32>", $""" "Status":{Cv.Value(StatusType, "Canceled")}""".Trim()),
            Capture.Json(Task.FromCanceled<int>(new CancellationToken(canceled: true))));

    [Fact]
    public void WriteValue_PendingTask_WritesStatusWithoutWaiting()
    {
        var pending = new TaskCompletionSource<int>();

        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.Task<System.Int32>", $""" "Status":{Cv.Value(StatusType, "WaitingForActivation")}""".Trim()),
            Capture.Json(pending.Task));
    }

    [Fact]
    public void WriteValue_AsyncMethodTask_IsNamedByItsPublicTaskType()
    {
        var gate = new TaskCompletionSource<int>();
        var task = AddOneAsync(gate.Task);

        var json = Capture.Element(task);

        Assert.Equal("System.Threading.Tasks.Task<System.Int32>", json.GetProperty("type").GetString());
        gate.SetResult(1);
    }

    [Fact]
    public void WriteValue_ValueTaskWithResult_WritesCompletedStatusAndResult() =>
        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.ValueTask<System.Int32>", $"""
                "Status":{Cv.Value(StatusType, "RanToCompletion")},"Result":{Cv.Int(5)}
                """),
            Capture.Json(new ValueTask<int>(5)));

    [Fact]
    public void WriteValue_DefaultValueTask_IsCompleted() =>
        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.ValueTask", $""" "Status":{Cv.Value(StatusType, "RanToCompletion")}""".Trim()),
            Capture.Json(default(ValueTask)));

    [Fact]
    public void WriteValue_ValueTaskOverPendingTask_WritesTheTaskStatus() =>
        Assert.Equal(
            Cv.Fields("System.Threading.Tasks.ValueTask<System.Int32>", $""" "Status":{Cv.Value(StatusType, "WaitingForActivation")}""".Trim()),
            Capture.Json(new ValueTask<int>(new TaskCompletionSource<int>().Task)));

    [Fact]
    public void WriteValue_ValueTaskOverSource_ShowsTheSourceWithoutCallingIt()
    {
        var source = new RecordingSource();

        var json = Capture.Element(new ValueTask<int>(source, 3));

        var shown = json.GetProperty("fields").GetProperty("Source");
        Assert.EndsWith("RecordingSource", shown.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, source.Calls);
    }

    private static async Task<int> AddOneAsync(Task<int> input) => await input.ConfigureAwait(false) + 1;

    // The holder flag that Task.Exception sets; UnobservedTaskException fires only while it is false.
    private static bool IsObserved(Task task)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.NonPublic;
        var properties = typeof(Task).GetField("m_contingentProperties", Flags)!.GetValue(task)!;
        var holder = properties.GetType().GetField("m_exceptionsHolder", Flags)!.GetValue(properties)!;
        return (bool)holder.GetType().GetField("m_isHandled", Flags)!.GetValue(holder)!;
    }

    private sealed class RecordingSource : IValueTaskSource<int>
    {
        public int Calls { get; private set; }

        public int GetResult(short token)
        {
            Calls++;
            return 0;
        }

        public ValueTaskSourceStatus GetStatus(short token)
        {
            Calls++;
            return ValueTaskSourceStatus.Pending;
        }

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) => Calls++;
    }
}
