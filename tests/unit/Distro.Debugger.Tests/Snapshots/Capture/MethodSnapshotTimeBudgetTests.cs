using System.Diagnostics;
using Distro.Debugger.Configuration;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Tests.Snapshots.Capture;

/// <summary>The time budget of a method snapshot covers capturing its values, not the method's own run.</summary>
public class MethodSnapshotTimeBudgetTests
{
    private static readonly TimeSpan s_waitDeadline = TimeSpan.FromSeconds(30);

    [Fact]
    public void Return_OfAMethodThatRanLongerThanTheTimeBudget_IsStillCaptured()
    {
        // Without arguments the return value is the snapshot's first value, which always checks the clock.
        var harness = new CaptureHarness(typeof(Targets).GetMethod(nameof(Targets.Add))!, CaptureHarness.Configuration(CaptureSelection.None));
        var frame = harness.Probe.TryBeginFrame([])!;
        frame.OnEntry(null, [2, 3]);

        // The method runs past the whole budget before it returns.
        var running = Stopwatch.StartNew();
        Assert.True(SpinWait.SpinUntil(() => running.Elapsed > CaptureLimits.DefaultTimeBudget, s_waitDeadline));
        frame.OnReturn(null, 5, null, null);

        var body = CaptureHarness.Body(Assert.Single(harness.Snapshots));
        var returnValue = body.GetProperty("captures").GetProperty("return").GetProperty("return_value");
        Assert.Equal("5", returnValue.GetProperty("value").GetString());
        Assert.False(returnValue.TryGetProperty("not_captured_reason", out _), returnValue.GetRawText());
    }
}
