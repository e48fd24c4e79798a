using Acme.Shop;
using Distro.Debugger.Configuration;
using Distro.Hooks.Control;
using InstrumentationStatus = Distro.Debugger.Configuration.InstrumentationStatus;

namespace Distro.Debugger.Tests.Lifecycle;

public class ProbeManagerTests
{
    private static readonly System.Reflection.MethodBase s_greet = typeof(Greeter).GetMethod(nameof(Greeter.Greet))!;
    private static readonly System.Reflection.MethodBase s_greeterConstructor = typeof(Greeter).GetConstructor([typeof(string)])!;
    private static readonly System.Reflection.MethodBase s_add = typeof(Calculator).GetMethod(nameof(Calculator.Add))!;

    [Fact]
    public void AddedProbe_ResolvesArmsAndReportsReadyOnceTheRewriteTookEffect()
    {
        using var harness = new ManagerHarness();

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add"));

        harness.WaitForStatus("h-add", InstrumentationStatus.Ready);
        Assert.True(harness.Rewriter.IsRewritten(s_add));
        Assert.True(harness.Rewriter.Call(s_add, null, 2, 3));
        var snapshot = Assert.Single(harness.Snapshots);
        Assert.Equal("Calculator.cs", Path.GetFileName((string)snapshot.Attributes.Single(a => a.Key == "aws.di.file_path").Value!));
        harness.WaitForStatus("h-add", InstrumentationStatus.Active);
    }

    [Fact]
    public void Apply_FirstResolvedProbe_PreparesTheSnapshotSinkBeforeRewriting()
    {
        using var harness = new ManagerHarness();

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add"));

        harness.WaitForStatus("h-add", InstrumentationStatus.Ready);
        Assert.Equal(0, harness.RewritesBeforeFirstPrepare);
        Assert.Equal(1, harness.Rewriter.InstrumentCalls);
    }

    [Fact]
    public void Apply_MethodNotFound_LeavesTheSnapshotSinkUnprepared()
    {
        using var harness = new ManagerHarness();

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-missing", "Calculator", "Subtract"));

        harness.WaitForStatus("h-missing", InstrumentationStatus.Error);
        Assert.Equal(0, harness.PrepareCalls);
    }

    [Fact]
    public void RemovingOneProbe_LeavesTheSiblingMethodsProbeFiring()
    {
        using var harness = new ManagerHarness();
        var greet = ManagerHarness.Probe("h-greet", "Greeter", "Greet");
        var constructor = ManagerHarness.Probe("h-ctor", "Greeter", ".ctor");
        harness.Apply(InstrumentationType.Probe, greet, constructor);
        harness.WaitForStatus("h-greet", InstrumentationStatus.Ready);
        harness.WaitForStatus("h-ctor", InstrumentationStatus.Ready);

        harness.Apply(InstrumentationType.Probe, greet);

        Assert.False(harness.Rewriter.IsRewritten(s_greeterConstructor));
        Assert.True(harness.Rewriter.IsRewritten(s_greet));
        Assert.True(harness.Rewriter.Call(s_greet, new Greeter("hi"), "ada"));
    }

    [Fact]
    public void TwoProbesOnOneMethod_RemovingOne_KeepsTheMethodRewrittenAndTheOtherFiring()
    {
        using var harness = new ManagerHarness();
        var probe = ManagerHarness.Probe("h-probe", "Calculator", "Add");
        var breakpoint = ManagerHarness.Breakpoint("h-break", "Calculator", "Add");
        harness.Apply(InstrumentationType.Probe, probe);
        harness.Apply(InstrumentationType.Breakpoint, breakpoint);
        harness.WaitForStatus("h-break", InstrumentationStatus.Ready);
        Assert.Equal(1, harness.Rewriter.InstrumentCalls);

        Assert.True(harness.Rewriter.Call(s_add, null, 1, 1));
        Assert.Equal(2, harness.Snapshots.Count);

        harness.Apply(InstrumentationType.Breakpoint);

        Assert.True(harness.Rewriter.IsRewritten(s_add));
        Assert.True(harness.Rewriter.Call(s_add, null, 2, 2));
        Assert.Equal(3, harness.Snapshots.Count);
        Assert.Equal(1, harness.Rewriter.InstrumentCalls);
    }

    [Fact]
    public void UnchangedSet_AppliedAgain_DoesNothing()
    {
        using var harness = new ManagerHarness();
        var probe = ManagerHarness.Probe("h-add", "Calculator", "Add");
        harness.Apply(InstrumentationType.Probe, probe);
        harness.WaitForStatus("h-add", InstrumentationStatus.Ready);

        harness.Apply(InstrumentationType.Probe, probe with { Capture = probe.Capture with { CaptureReturn = false } });

        Assert.Equal(1, harness.Rewriter.InstrumentCalls);
        Assert.Single(harness.Statuses);
    }

    [Fact]
    public void ChangedConfiguration_AloneOnItsMethod_SwapsTheProbeWithoutRestoringOrRewritingTheMethod()
    {
        using var harness = new ManagerHarness();
        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add"));
        harness.WaitForStatus("h-add", InstrumentationStatus.Ready);

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add", createdAt: new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));

        harness.WaitForStatus("h-add", InstrumentationStatus.Ready, count: 2);
        Assert.Equal(1, harness.Rewriter.InstrumentCalls);
        Assert.Equal(0, harness.Rewriter.UpdateCalls);
        Assert.Equal(0, harness.Rewriter.RevertCalls);
        Assert.True(harness.Rewriter.Call(s_add, null, 1, 2));
        Assert.Single(harness.Snapshots);
    }

    [Fact]
    public void OneUpdate_MethodAndLineProbesOnOneMethod_AreAppliedAsOneRewrite()
    {
        using var harness = new ManagerHarness();

        harness.Apply(
            InstrumentationType.Breakpoint,
            ManagerHarness.Breakpoint("h-method", "Calculator", "Add"),
            ManagerHarness.LineBreakpoint("h-line", "Calculator.cs", 12));

        harness.WaitForStatus("h-method", InstrumentationStatus.Ready);
        harness.WaitForStatus("h-line", InstrumentationStatus.Ready);
        Assert.Equal(1, harness.Rewriter.InstrumentCalls);
        Assert.Equal(0, harness.Rewriter.UpdateCalls);
        var both = harness.Rewriter.Current(s_add)!;
        Assert.NotNull(both.MethodProbe);
        Assert.Single(both.Lines);
    }

    [Fact]
    public void OneUpdate_EveryProbeOfAMethodRemoved_RestoresTheMethodOnce()
    {
        using var harness = new ManagerHarness();
        harness.Apply(
            InstrumentationType.Breakpoint,
            ManagerHarness.Breakpoint("h-method", "Calculator", "Add"),
            ManagerHarness.LineBreakpoint("h-line", "Calculator.cs", 12));
        harness.WaitForStatus("h-line", InstrumentationStatus.Ready);

        harness.Apply(InstrumentationType.Breakpoint);

        Assert.Equal(1, harness.Rewriter.RevertCalls);
        Assert.Equal(0, harness.Rewriter.UpdateCalls);
        Assert.False(harness.Rewriter.IsRewritten(s_add));
        Assert.Equal(0, harness.Manager.InstrumentedMethodCount);
    }

    [Theory]
    [InlineData("Calculator", "Subtract", "Acme.Shop", "Dotnet", "MethodNotFound")]
    [InlineData("NoSuchType", "Add", "Acme.Shop", "Dotnet", "MethodNotFound")]
    [InlineData("Calculator", "Add", "Acme.Shop", "java", "LanguageMismatch")]
    [InlineData("String", "Concat", "System", "Dotnet", "RuntimeError")]
    public void UnresolvableConfiguration_ReportsErrorWithItsCauseAndRewritesNothing(string className, string methodName, string codeUnit, string language, string cause)
    {
        using var harness = new ManagerHarness();

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-bad", className, methodName, codeUnit, language: language));

        Assert.Equal(Enum.Parse<ErrorCause>(cause), harness.WaitForStatus("h-bad", InstrumentationStatus.Error).Cause);
        Assert.Equal(0, harness.Rewriter.InstrumentCalls);
    }

    [Fact]
    public void EngineRefusal_ReportsRuntimeError()
    {
        using var harness = new ManagerHarness();
        harness.Rewriter.StatusToReport = new(InstrumentationState.Failed, InstrumentationFailure.UnsupportedInstruction, 0, "tail. calls");

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add"));

        Assert.Equal(ErrorCause.RuntimeError, harness.WaitForStatus("h-add", InstrumentationStatus.Error).Cause);
    }

    [Fact]
    public void BreakpointAtMaxHits_IsDisabledAndItsMethodRestored()
    {
        using var harness = new ManagerHarness();
        harness.Apply(InstrumentationType.Breakpoint, ManagerHarness.Breakpoint("h-twice", "Calculator", "Add", maxHits: 2));
        harness.WaitForStatus("h-twice", InstrumentationStatus.Ready);

        Assert.True(harness.Rewriter.Call(s_add, null, 1, 2));
        Assert.True(harness.Rewriter.Call(s_add, null, 1, 2));

        harness.WaitForStatus("h-twice", InstrumentationStatus.Disabled);
        Assert.False(harness.Rewriter.IsRewritten(s_add));
        Assert.Equal(2, harness.Snapshots.Count);
    }

    [Fact]
    public void BreakpointPastItsExpiry_IsDisabledAndItsMethodRestored()
    {
        using var harness = new ManagerHarness();
        harness.Apply(InstrumentationType.Breakpoint, ManagerHarness.Breakpoint("h-soon", "Calculator", "Add", expiresAt: harness.Clock.GetUtcNow().AddMinutes(5)));
        harness.WaitForStatus("h-soon", InstrumentationStatus.Ready);

        harness.Clock.Advance(TimeSpan.FromMinutes(6));

        harness.WaitForStatus("h-soon", InstrumentationStatus.Disabled);
        Assert.False(harness.Rewriter.IsRewritten(s_add));
    }

    [Fact]
    public void ProfilerNotAvailable_ReportsRuntimeErrorWithTheReason()
    {
        using var harness = new ManagerHarness();
        harness.Rewriter.UnavailableReason = "CORECLR_ENABLE_PROFILING is not 1";

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add"));

        Assert.Equal(ErrorCause.RuntimeError, harness.WaitForStatus("h-add", InstrumentationStatus.Error).Cause);
        Assert.Equal(0, harness.Rewriter.InstrumentCalls);
    }

    [Fact]
    public void ProbeOnAnAssemblyNotLoadedYet_WaitsAndArmsWhenTheAssemblyLoads()
    {
        using var harness = new ManagerHarness();
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), assembly => assembly.GetName().Name == "Acme.Late");

        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-late", "LateService", "Compute", codeUnit: "Acme.Late"));
        Assert.Empty(harness.Statuses);
        var late = System.Reflection.Assembly.Load(new System.Reflection.AssemblyName("Acme.Late"));

        harness.WaitForStatus("h-late", InstrumentationStatus.Ready);
        Assert.True(harness.Rewriter.IsRewritten(late.GetType("Acme.Late.LateService")!.GetMethod("Compute")!));
    }

    [Fact]
    public void Dispose_RestoresEveryMethod()
    {
        var harness = new ManagerHarness();
        harness.Apply(InstrumentationType.Probe, ManagerHarness.Probe("h-add", "Calculator", "Add"), ManagerHarness.Probe("h-greet", "Greeter", "Greet"));
        harness.WaitForStatus("h-greet", InstrumentationStatus.Ready);

        harness.Dispose();

        Assert.False(harness.Rewriter.IsRewritten(s_add));
        Assert.False(harness.Rewriter.IsRewritten(s_greet));
    }
}
