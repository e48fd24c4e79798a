using System.Reflection;
using Acme.Shop;
using Distro.Debugger.Configuration;
using InstrumentationStatus = Distro.Debugger.Configuration.InstrumentationStatus;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>A breakpoint that ends (MaxHits, expiry) leaves the probes on the other methods of its type and its file armed.</summary>
public class ProbeManagerSiblingTests
{
    /// <summary>The first line of <see cref="Till.Close"/>'s body.</summary>
    private const int CloseLine = 13;

    /// <summary>More hits than the ending breakpoint had, so the siblings are seen firing past its limit.</summary>
    private const int SiblingHits = 3;

    private static readonly MethodBase s_charge = typeof(Till).GetMethod(nameof(Till.Charge))!;
    private static readonly MethodBase s_refund = typeof(Till).GetMethod(nameof(Till.Refund))!;
    private static readonly MethodBase s_close = typeof(Till).GetMethod(nameof(Till.Close))!;

    [Fact]
    public void BreakpointAtMaxHits_SiblingMethodProbeAndLineProbeInTheSameFile_KeepFiringAndStayArmed()
    {
        using var harness = new ManagerHarness();
        ArmWithSiblings(harness, ManagerHarness.Breakpoint("h-charge", "Till", "Charge", maxHits: 2));

        Assert.True(harness.Rewriter.Call(s_charge, null, 10));
        Assert.True(harness.Rewriter.Call(s_charge, null, 20));

        harness.WaitForStatus("h-charge", InstrumentationStatus.Disabled);
        AssertOnlyTheBreakpointEnded(harness);
        Assert.Equal(2, harness.SnapshotsOf("h-charge").Count);
    }

    [Fact]
    public void BreakpointPastItsExpiry_SiblingMethodProbeAndLineProbeInTheSameFile_KeepFiringAndStayArmed()
    {
        using var harness = new ManagerHarness();
        ArmWithSiblings(harness, ManagerHarness.Breakpoint("h-charge", "Till", "Charge", expiresAt: harness.Clock.GetUtcNow().AddMinutes(5)));
        Assert.True(harness.Rewriter.Call(s_charge, null, 10));

        harness.Clock.Advance(TimeSpan.FromMinutes(6));

        harness.WaitForStatus("h-charge", InstrumentationStatus.Disabled);
        AssertOnlyTheBreakpointEnded(harness);
        Assert.Single(harness.SnapshotsOf("h-charge"));
    }

    private static void ArmWithSiblings(ManagerHarness harness, InstrumentationConfiguration ending)
    {
        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-refund", "Till", "Refund"));
        harness.Apply(InstrumentationType.Breakpoint, ending, ManagerHarness.LineBreakpoint("h-close", "Till.cs", CloseLine));
        harness.WaitForStatus("h-refund", InstrumentationStatus.Ready);
        harness.WaitForStatus("h-close", InstrumentationStatus.Ready);
        harness.WaitForStatus(ending.LocationHash, InstrumentationStatus.Ready);
    }

    private static void AssertOnlyTheBreakpointEnded(ManagerHarness harness)
    {
        Assert.False(harness.Rewriter.IsRewritten(s_charge));
        Assert.False(harness.Rewriter.Call(s_charge, null, 30));
        Assert.True(harness.Rewriter.IsRewritten(s_refund));
        var line = Assert.Single(harness.Rewriter.Current(s_close)!.Lines);
        for (var hit = 1; hit <= SiblingHits; hit++)
        {
            Assert.True(harness.Rewriter.Call(s_refund, null, hit));
            Assert.True(harness.Rewriter.ReachLine(s_close, line.ILOffset, null, [hit * 100], _ => 0));
        }

        Assert.Equal(SiblingHits, harness.SnapshotsOf("h-refund").Count);
        Assert.Equal(SiblingHits, harness.SnapshotsOf("h-close").Count);
        Assert.DoesNotContain(harness.Statuses, status => status.LocationHash != "h-charge" && status.Status is InstrumentationStatus.Disabled or InstrumentationStatus.Error);
    }
}
