using System.Reflection;
using System.Text.Json;
using Acme.Shop;
using Distro.Debugger.Configuration;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Tests.Configuration;
using InstrumentationStatus = Distro.Debugger.Configuration.InstrumentationStatus;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>What the snapshot of an armed line probe carries: the line it bound to, and the locals it was asked for.</summary>
public class LineProbeSnapshotTests
{
    /// <summary>A comment line in <see cref="Notes.Annotated"/>; the next line with code follows it.</summary>
    private const int CommentLine = 9;

    private const int DoubledLine = 10;

    /// <summary>The line in <see cref="Calculator.Add"/> where both <c>sum</c> and <c>excess</c> are in scope.</summary>
    private const int SubtractLine = 13;

    private static readonly MethodBase s_annotated = typeof(Notes).GetMethod(nameof(Notes.Annotated))!;
    private static readonly MethodBase s_add = typeof(Calculator).GetMethod(nameof(Calculator.Add))!;

    [Fact]
    public void LineBreakpointOnALineWithoutCode_WhenReached_SnapshotCarriesTheNextLineWithCode()
    {
        using var harness = new ManagerHarness();
        harness.Apply(InstrumentationType.Breakpoint, ManagerHarness.LineBreakpoint("h-comment", "Notes.cs", CommentLine));
        harness.WaitForStatus("h-comment", InstrumentationStatus.Ready);

        var line = Assert.Single(harness.Rewriter.Current(s_annotated)!.Lines);
        Assert.True(harness.Rewriter.ReachLine(s_annotated, line.ILOffset, null, [21], _ => 0));

        var snapshot = Assert.Single(harness.Snapshots);
        var lines = JsonDocument.Parse(snapshot.Body).RootElement.GetProperty("captures").GetProperty("lines");
        var bound = DoubledLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([bound], lines.EnumerateObject().Select(captured => captured.Name));
        Assert.Equal("21", lines.GetProperty(bound).GetProperty("arguments").GetProperty("value").GetProperty("value").GetString());
        Assert.Equal((long)DoubledLine, ManagerHarness.Attribute(snapshot, SnapshotAttributes.LineNumber));
        Assert.Equal((long)DoubledLine, ManagerHarness.Attribute(snapshot, SnapshotAttributes.CodeLineNumber));
    }

    [Fact]
    public void LineBreakpointCapturingOneNamedLocal_WhenReached_CapturesOnlyThatLocal()
    {
        var locals = CapturedLocals("""["sum"]""");

        Assert.Equal(["sum"], locals.Keys);
        Assert.Equal("110", locals["sum"]);
    }

    [Fact]
    public void LineBreakpointCapturingAnEmptyListOfLocals_WhenReached_CapturesEveryLocalInScope()
    {
        var locals = CapturedLocals("[]");

        Assert.Equal(["excess", "sum"], locals.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("110", locals["sum"]);
        Assert.Equal("10", locals["excess"]);
    }

    /// <summary>Arms a line probe on <see cref="SubtractLine"/> with the wire's <c>CaptureLocals</c>, reaches it, and returns the captured locals' values.</summary>
    private static Dictionary<string, string?> CapturedLocals(string captureLocals)
    {
        using var harness = new ManagerHarness();
        var configuration = ConfigJson.Single(ConfigJson.Configuration(
            hash: "h-locals",
            codeLocation: $$"""{"Language":"Dotnet","FilePath":"Calculator.cs","LineNumber":{{SubtractLine}}}""",
            codeCapture: $$"""{"CaptureLocals":{{captureLocals}}}"""));
        harness.Apply(InstrumentationType.Breakpoint, configuration);
        harness.WaitForStatus("h-locals", InstrumentationStatus.Ready);

        var line = Assert.Single(harness.Rewriter.Current(s_add)!.Lines);
        var values = SubtractLineLocals().ToDictionary(local => local.SlotIndex, local => (object?)(local.Name == "sum" ? 110 : 10));
        Assert.True(harness.Rewriter.ReachLine(s_add, line.ILOffset, null, [90, 20], slot => values.GetValueOrDefault(slot)));

        var captured = JsonDocument.Parse(Assert.Single(harness.Snapshots).Body).RootElement
            .GetProperty("captures").GetProperty("lines").GetProperty(SubtractLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return captured.GetProperty("locals").EnumerateObject().ToDictionary(local => local.Name, local => local.Value.GetProperty("value").GetString());
    }

    private static IReadOnlyList<ScopedLocal> SubtractLineLocals()
    {
        using var resolver = new TargetResolver();
        var resolved = Assert.IsType<ResolvedTargets>(resolver.Resolve(new TargetLocation(null, null, null, "Calculator.cs", SubtractLine)));
        var locals = Assert.Single(resolved.Targets).Line!.Locals;
        Assert.Equal(["excess", "sum"], locals.Select(local => local.Name).Order(StringComparer.Ordinal));
        return locals;
    }
}
