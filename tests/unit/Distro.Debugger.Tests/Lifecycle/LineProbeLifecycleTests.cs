using System.Text.Json;
using Acme.Shop;
using Distro.Debugger.Configuration;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots;
using InstrumentationStatus = Distro.Debugger.Configuration.InstrumentationStatus;

namespace Distro.Debugger.Tests.Lifecycle;

public class LineProbeLifecycleTests
{
    private static readonly System.Reflection.MethodBase s_add = typeof(Calculator).GetMethod(nameof(Calculator.Add))!;

    [Fact]
    public void LineBreakpoint_WhenTheLineIsReached_SnapshotsArgumentsAndLocalsUnderTheLine()
    {
        using var harness = new ManagerHarness();
        var binding = Binding("Calculator.cs", 12);

        harness.Apply(InstrumentationType.Breakpoint, ManagerHarness.LineBreakpoint("h-line", "Calculator.cs", 12));
        harness.WaitForStatus("h-line", InstrumentationStatus.Ready);

        var instrumentation = harness.Rewriter.Current(s_add)!;
        Assert.Null(instrumentation.MethodProbe);
        var line = Assert.Single(instrumentation.Lines);
        Assert.Equal(binding.ILOffset, line.ILOffset);
        var values = binding.Locals.ToDictionary(local => local.SlotIndex, local => (object?)(local.Name == "sum" ? 110 : 0));
        Assert.True(harness.Rewriter.ReachLine(s_add, line.ILOffset, null, [90, 20], slot => values.GetValueOrDefault(slot)));

        var snapshot = Assert.Single(harness.Snapshots);
        var captured = JsonDocument.Parse(snapshot.Body).RootElement.GetProperty("captures").GetProperty("lines").GetProperty("12");
        Assert.Equal("90", captured.GetProperty("arguments").GetProperty("left").GetProperty("value").GetString());
        Assert.Equal("110", captured.GetProperty("locals").GetProperty("sum").GetProperty("value").GetString());
        Assert.Equal("line", Attribute(snapshot, SnapshotAttributes.InstrumentationLevel));
        Assert.Equal(12L, Attribute(snapshot, SnapshotAttributes.LineNumber));
        Assert.EndsWith("Calculator.cs", (string)Attribute(snapshot, SnapshotAttributes.FilePath)!, StringComparison.Ordinal);
    }

    [Fact]
    public void LineAndMethodProbesOnOneMethod_ApplyAsOneRewriteAndRemovingTheLineKeepsTheMethodProbeFiring()
    {
        using var harness = new ManagerHarness();
        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-method", "Calculator", "Add"));
        harness.WaitForStatus("h-method", InstrumentationStatus.Ready);

        harness.Apply(InstrumentationType.Breakpoint, ManagerHarness.LineBreakpoint("h-line", "Calculator.cs", 12));
        harness.WaitForStatus("h-line", InstrumentationStatus.Ready);

        Assert.Equal(1, harness.Rewriter.InstrumentCalls);
        Assert.Equal(1, harness.Rewriter.UpdateCalls);
        var both = harness.Rewriter.Current(s_add)!;
        Assert.NotNull(both.MethodProbe);
        Assert.Single(both.Lines);
        Assert.True(harness.Rewriter.Call(s_add, null, 1, 2));

        harness.Apply(InstrumentationType.Breakpoint);

        Assert.Equal(2, harness.Rewriter.UpdateCalls);
        Assert.Empty(harness.Rewriter.Current(s_add)!.Lines);
        Assert.True(harness.Rewriter.Call(s_add, null, 3, 4));
        Assert.Equal(2, harness.Snapshots.Count);
    }

    [Fact]
    public void TwoLineProbesOnOneLine_RemovingOneKeepsTheOtherWithoutARewrite()
    {
        using var harness = new ManagerHarness();
        harness.Apply(
            InstrumentationType.Breakpoint,
            ManagerHarness.LineBreakpoint("h-first", "Calculator.cs", 12),
            ManagerHarness.LineBreakpoint("h-second", "Calculator.cs", 12));
        harness.WaitForStatus("h-second", InstrumentationStatus.Ready);
        var offset = Binding("Calculator.cs", 12).ILOffset;
        Assert.True(harness.Rewriter.ReachLine(s_add, offset, null, [1, 2], _ => 0));
        Assert.Equal(2, harness.Snapshots.Count);

        harness.Apply(InstrumentationType.Breakpoint, ManagerHarness.LineBreakpoint("h-second", "Calculator.cs", 12));

        Assert.Equal(0, harness.Rewriter.UpdateCalls);
        Assert.True(harness.Rewriter.ReachLine(s_add, offset, null, [1, 2], _ => 0));
        Assert.Equal(3, harness.Snapshots.Count);
        Assert.Equal("h-second", Attribute(harness.Snapshots.Last(), SnapshotAttributes.LocationHash));
    }

    [Fact]
    public void MethodProbeAskingForLocals_GetsTheMethodsNamedLocalsAtReturn()
    {
        using var harness = new ManagerHarness();

        harness.Apply(InstrumentationType.Probe, ManagerHarness.WithLocals(ManagerHarness.Probe("h-method", "Calculator", "Add")));
        harness.WaitForStatus("h-method", InstrumentationStatus.Ready);

        var instrumentation = harness.Rewriter.Current(s_add)!;
        var sum = Binding("Calculator.cs", 12).Locals.Single(local => local.Name == "sum").SlotIndex;
        Assert.Contains(sum, instrumentation.ReturnLocals);
        var frame = instrumentation.MethodProbe!.TryBeginFrame()!;
        frame.OnEntry(null, [60, 70]);
        frame.OnReturn(null, 100, null, [.. instrumentation.ReturnLocals.Select(slot => slot == sum ? (object)100 : 30)]);

        var locals = JsonDocument.Parse(harness.Snapshots.Single().Body).RootElement.GetProperty("captures").GetProperty("return").GetProperty("locals");
        Assert.Equal("100", locals.GetProperty("sum").GetProperty("value").GetString());
        Assert.Equal("30", locals.GetProperty("excess").GetProperty("value").GetString());
    }

    private static LineBinding Binding(string file, int line)
    {
        using var resolver = new TargetResolver();
        var resolved = Assert.IsType<ResolvedTargets>(resolver.Resolve(new TargetLocation(null, null, null, file, line)));
        return Assert.Single(resolved.Targets).Line!;
    }

    private static object? Attribute(Distro.Debugger.Export.Snapshot snapshot, string name) =>
        snapshot.Attributes.Single(attribute => attribute.Key == name).Value;
}
