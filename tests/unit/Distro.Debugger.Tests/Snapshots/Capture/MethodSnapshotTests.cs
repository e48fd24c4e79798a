using System.Diagnostics;
using Distro.Debugger.Configuration;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Tests.Sources;

namespace Distro.Debugger.Tests.Snapshots.Capture;

public class MethodSnapshotTests
{
    private long _now = 1_000_000;

    [Fact]
    public void SynchronousReturn_WithAllArguments_CapturesArgumentsReturnValueAndAttributes()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Add))!, CaptureHarness.Configuration());

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [2, 3]);
        frame.OnReturn(null, 5, null, null);

        var snapshot = Assert.Single(harness.Snapshots);
        var body = CaptureHarness.Body(snapshot);
        var arguments = body.GetProperty("captures").GetProperty("entry").GetProperty("arguments");
        Assert.Equal("2", arguments.GetProperty("left").GetProperty("value").GetString());
        Assert.Equal("System.Int32", arguments.GetProperty("right").GetProperty("type").GetString());
        Assert.False(arguments.TryGetProperty("this", out _));
        Assert.Equal("5", body.GetProperty("captures").GetProperty("return").GetProperty("return_value").GetProperty("value").GetString());
        Assert.False(body.TryGetProperty("stack", out _));
        Assert.Equal("h-123", CaptureHarness.Attribute(snapshot, SnapshotAttributes.LocationHash));
        Assert.Equal("PROBE", CaptureHarness.Attribute(snapshot, SnapshotAttributes.InstrumentationType));
        Assert.Equal("method", CaptureHarness.Attribute(snapshot, SnapshotAttributes.InstrumentationLevel));
        Assert.Equal("Distro.Debugger.Tests.Snapshots.Capture", CaptureHarness.Attribute(snapshot, SnapshotAttributes.CodeUnit));
        Assert.Equal("Targets", CaptureHarness.Attribute(snapshot, SnapshotAttributes.ClassName));
        Assert.Equal("Add", CaptureHarness.Attribute(snapshot, SnapshotAttributes.MethodName));
        Assert.Equal("Distro.Debugger.Tests.Snapshots.Capture.Targets.Add", CaptureHarness.Attribute(snapshot, SnapshotAttributes.CodeFunctionName));
        Assert.Equal("src/Shop/Targets.cs", CaptureHarness.Attribute(snapshot, SnapshotAttributes.FilePath));
        Assert.Equal(42L, CaptureHarness.Attribute(snapshot, SnapshotAttributes.LineNumber));
        Assert.Equal((long)Environment.CurrentManagedThreadId, CaptureHarness.Attribute(snapshot, SnapshotAttributes.ThreadId));
        Assert.True(Guid.TryParse((string)CaptureHarness.Attribute(snapshot, SnapshotAttributes.SnapshotId)!, out _));
        Assert.True((double)CaptureHarness.Attribute(snapshot, SnapshotAttributes.DurationMs)! >= 0);
        Assert.Equal(1, harness.Hits);
    }

    [Fact]
    public void NamedArgumentSelection_CapturesOnlyThoseNames()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Add))!, CaptureHarness.Configuration(CaptureSelection.Named(["right"])));

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [2, 3]);
        frame.OnReturn(null, 5, null, null);

        var arguments = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures").GetProperty("entry").GetProperty("arguments");
        Assert.Equal(["right"], arguments.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void NoArgumentsAndNoReturn_WritesNeitherEntryNorReturnValue()
    {
        var harness = new CaptureHarness(
            typeof(Targets).GetMethod(nameof(Targets.Add))!,
            CaptureHarness.Configuration(CaptureSelection.None, captureReturn: false));

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [2, 3]);
        frame.OnReturn(null, 5, null, null);

        var captures = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures");
        Assert.False(captures.TryGetProperty("entry", out _));
        Assert.Empty(captures.GetProperty("return").EnumerateObject());
    }

    [Fact]
    public void SecretArgument_IsRedacted()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Login))!, CaptureHarness.Configuration());

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, ["ada", "hunter2"]);
        frame.OnReturn(null, true, null, null);

        var body = harness.Snapshots.Single().Body.ToArray();
        var arguments = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures").GetProperty("entry").GetProperty("arguments");
        Assert.Equal("redacted", arguments.GetProperty("password").GetProperty("not_captured_reason").GetString());
        Assert.DoesNotContain("hunter2", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public void RefAndOutArguments_AreCapturedAgainAtReturnWithTheirFinalValues()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.TryParse))!, CaptureHarness.Configuration());

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, ["42", 1, Distro.Hooks.UncapturedValue.For(Distro.Hooks.UncapturedReason.NotYetAssigned)]);
        frame.OnReturn(null, true, [null, 2, 42], null);

        var captures = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures");
        Assert.Equal("unassigned", captures.GetProperty("entry").GetProperty("arguments").GetProperty("value").GetProperty("not_captured_reason").GetString());
        var atReturn = captures.GetProperty("return").GetProperty("arguments");
        Assert.Equal(["attempts", "value"], atReturn.EnumerateObject().Select(property => property.Name));
        Assert.Equal("42", atReturn.GetProperty("value").GetProperty("value").GetString());
    }

    [Fact]
    public void EscapingException_CapturesThrowableWithTypeMessageFramesAndExceptionAttributes()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Fail))!, CaptureHarness.Configuration());
        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, ["disk"]);

        var thrown = Assert.Throws<InvalidOperationException>(() => Targets.Fail("disk"));
        frame.OnThrow(thrown);

        var snapshot = harness.Snapshots.Single();
        var returned = CaptureHarness.Body(snapshot).GetProperty("captures").GetProperty("return");
        Assert.False(returned.TryGetProperty("return_value", out _));
        var throwable = returned.GetProperty("throwable");
        Assert.Equal("System.InvalidOperationException", throwable.GetProperty("type").GetString());
        Assert.Equal("failed: disk", throwable.GetProperty("message").GetString());
        Assert.Equal(
            "Distro.Debugger.Tests.Snapshots.Capture.Targets.Fail",
            throwable.GetProperty("stacktrace")[0].GetProperty("function").GetString());
        Assert.Equal("System.InvalidOperationException", CaptureHarness.Attribute(snapshot, SnapshotAttributes.ExceptionType));
        Assert.Equal("failed: disk", CaptureHarness.Attribute(snapshot, SnapshotAttributes.ExceptionMessage));
    }

    [Fact]
    public void PendingTask_SnapshotWaitsForCompletionAndCapturesTheAwaitedResult()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.ComputeAsync))!, CaptureHarness.Configuration());
        var completion = new TaskCompletionSource<int>(TaskCreationOptions.None);

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [7]);
        frame.OnReturn(null, completion.Task, null, null);
        Assert.Empty(harness.Snapshots);
        completion.SetResult(49);

        var returned = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures").GetProperty("return");
        Assert.Equal("49", returned.GetProperty("return_value").GetProperty("value").GetString());
        Assert.Equal("System.Int32", returned.GetProperty("return_value").GetProperty("type").GetString());
    }

    [Fact]
    public void FaultedTask_CapturesTheRealExceptionNotAnAggregateAndLeavesItUnobserved()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.ComputeAsync))!, CaptureHarness.Configuration());
        var completion = new TaskCompletionSource<int>();

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [7]);
        frame.OnReturn(null, completion.Task, null, null);
        completion.SetException(new TimeoutException("too slow"));

        var throwable = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures").GetProperty("return").GetProperty("throwable");
        Assert.Equal("System.TimeoutException", throwable.GetProperty("type").GetString());
        Assert.Equal("too slow", throwable.GetProperty("message").GetString());
        Assert.False(IsObserved(completion.Task));
    }

    [Fact]
    public async Task CanceledAsyncMethod_CapturesTheOperationCanceledExceptionItThrew()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.WaitForeverAsync))!, CaptureHarness.Configuration());
        using var cancellation = new CancellationTokenSource();

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [cancellation.Token]);
        var task = Targets.WaitForeverAsync(cancellation.Token);
        frame.OnReturn(null, task, null, null);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        // The task reads as completed before the thread that completed it has run the probe's continuation.
        await Eventually.UntilAsync(() => harness.Snapshots.Count == 1, "the canceled call's snapshot is emitted");

        var throwable = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures").GetProperty("return").GetProperty("throwable");
        Assert.Equal("System.Threading.Tasks.TaskCanceledException", throwable.GetProperty("type").GetString());
        Assert.Contains(
            throwable.GetProperty("stacktrace").EnumerateArray(),
            frame => frame.GetProperty("function").GetString()!.Contains("WaitForeverAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void SynchronouslyCompletedValueTask_CapturesItsResult()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.ValueAsync))!, CaptureHarness.Configuration());

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [3]);
        frame.OnReturn(null, Targets.ValueAsync(3), null, null);

        var returnValue = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("captures").GetProperty("return").GetProperty("return_value");
        Assert.Equal("3", returnValue.GetProperty("value").GetString());
    }

    [Fact]
    public void TraceContext_IsTheOneCurrentAtEntryNotAtCompletion()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.ComputeAsync))!, CaptureHarness.Configuration());
        var completion = new TaskCompletionSource<int>();
        using var request = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [1]);
        frame.OnReturn(null, completion.Task, null, null);
        request.Stop();
        using (new Activity("other").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            completion.SetResult(1);
        }

        var snapshot = harness.Snapshots.Single();
        Assert.Equal(request.TraceId, snapshot.TraceId);
        Assert.Equal(request.SpanId, snapshot.SpanId);
    }

    [Fact]
    public void StackTraceRequested_StackStartsOutsideTheInstrumentation()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Add))!, CaptureHarness.Configuration(captureStackTrace: true));

        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [1, 2]);
        frame.OnReturn(null, 3, null, null);

        var stack = CaptureHarness.Body(harness.Snapshots.Single()).GetProperty("stack");
        Assert.Equal(
            $"{typeof(MethodSnapshotTests).FullName}.{nameof(StackTraceRequested_StackStartsOutsideTheInstrumentation)}",
            stack[0].GetProperty("function").GetString());
        Assert.True(stack.GetArrayLength() <= CodeCaptureLimits.ProbeDefaults.MaxStackFrames);
    }

    [Fact]
    public void RateLimit_AdmitsFivePerSecondThenRefusesWithoutAllocating()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Add))!, CaptureHarness.Configuration(), clock: () => _now);
        Assert.Equal(5, Enumerable.Range(0, 5).Count(_ => harness.Probe.TryBeginFrame([]) is not null));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Assert.Null(harness.Probe.TryBeginFrame([]));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        _now += 1000;
        Assert.NotNull(harness.Probe.TryBeginFrame([]));
    }

    [Fact]
    public void GlobalRateLimit_RefusesAndGivesThePerProbePermitBack()
    {
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Add))!, CaptureHarness.Configuration(), globalPermits: 1, clock: () => _now);

        Assert.NotNull(harness.Probe.TryBeginFrame([]));
        Assert.Null(harness.Probe.TryBeginFrame([]));
        Assert.True(harness.Armed.RateLimiter.TryAcquire());
    }

    [Fact]
    public void BreakpointMaxHits_AfterTheLastHit_DisablesItselfAndReportsExhaustionOnce()
    {
        var harness = new CaptureHarness(
            typeof(Targets).GetMethod(nameof(Targets.Add))!,
            CaptureHarness.Configuration(type: InstrumentationType.Breakpoint, maxHits: 2),
            clock: () => _now);

        Assert.NotNull(harness.Probe.TryBeginFrame([]));
        Assert.Equal(0, harness.Exhaustions);
        Assert.NotNull(harness.Probe.TryBeginFrame([]));
        _now += 1000;
        Assert.Null(harness.Probe.TryBeginFrame([]));

        Assert.Equal(1, harness.Exhaustions);
        Assert.False(harness.Armed.IsEnabled);
    }

    private static bool IsObserved(Task task)
    {
        var properties = typeof(Task).GetField("m_contingentProperties", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(task)!;
        var holder = properties.GetType().GetField("m_exceptionsHolder", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(properties)!;
        return (bool)holder.GetType().GetField("m_isHandled", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(holder)!;
    }
}
