using System.Reflection;
using Acme.Shop;
using Distro.Debugger.Configuration;
using Distro.Hooks.Control;
using InstrumentationStatus = Distro.Debugger.Configuration.InstrumentationStatus;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>READY means the rewrite really took effect: not while the profiler has it only queued.</summary>
public class ProbeManagerStatusTests
{
    private static readonly MethodBase s_add = typeof(Calculator).GetMethod(nameof(Calculator.Add))!;
    private static readonly Hooks.Control.InstrumentationStatus s_applied = new(InstrumentationState.Applied, InstrumentationFailure.None, 0, string.Empty);

    [Fact]
    public void AddedProbe_RewriteStillQueued_ReportsReadyOnlyOnceItIsApplied()
    {
        using var harness = new ManagerHarness();
        harness.Rewriter.HoldStatuses();

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add"));
        harness.Rewriter.WaitForStatusWaits(1);

        Assert.True(harness.Rewriter.IsRewritten(s_add));
        Assert.Empty(harness.Statuses);

        harness.Rewriter.ReleaseStatuses(s_applied);

        harness.WaitForStatus("h-add", InstrumentationStatus.Ready);
        Assert.Single(harness.Statuses);
    }

    [Fact]
    public void ProbeJoiningARewrittenMethod_NewRewriteStillQueued_ReportsReadyOnlyOnceItIsApplied()
    {
        using var harness = new ManagerHarness();
        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-method", "Calculator", "Add"));
        harness.WaitForStatus("h-method", InstrumentationStatus.Ready);
        harness.Rewriter.HoldStatuses();

        harness.Apply(InstrumentationType.Breakpoint, ManagerHarness.LineBreakpoint("h-line", "Calculator.cs", 12));
        harness.Rewriter.WaitForStatusWaits(2);

        Assert.Single(harness.Rewriter.Current(s_add)!.Lines);
        Assert.DoesNotContain(harness.Statuses, status => status.LocationHash == "h-line");

        harness.Rewriter.ReleaseStatuses(s_applied);

        harness.WaitForStatus("h-line", InstrumentationStatus.Ready);
        Assert.Single(harness.Statuses, status => status.LocationHash == "h-line");
    }
}
