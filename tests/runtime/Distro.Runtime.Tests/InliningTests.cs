namespace Distro.Runtime.Tests;

/// <summary>
/// A probed callee that the JIT inlined into a caller compiled before arming: the profiler asks the runtime to recompile
/// such callers (RequestReJITWithInliners). With that turned off the callee stays silent through them, which shows
/// that it is this request that makes the probe fire there.
/// </summary>
public class InliningTests
{
    private static readonly (string, string) s_inlinerBlockingOff = ("OTEL_DOTNET_DISTRO_REJIT_BLOCK_INLINING", "false");

    [Fact]
    public void CalleeInlinedIntoAnOptimizedCaller_WhenArmed_FiresThroughTheCaller()
    {
        var call = FixtureProcess.Report("inlined-callee").Armed("through-inliner");

        Assert.Equal("7:Int32", call.Result);
        Assert.Equal(["2:Int32"], call.Single("entry").Arguments);
        Assert.Equal("6:Int32", call.Single("return").ReturnValue);
    }

    [Fact]
    public void CalleeInlinedIntoAnOptimizedCaller_WithInlinerRecompilationOff_StaysSilentThroughTheCaller()
    {
        var report = FixtureProcess.Report("inlined-callee", s_inlinerBlockingOff);

        var throughInliner = report.Armed("through-inliner");
        Assert.Equal("7:Int32", throughInliner.Result);
        Assert.Empty(throughInliner.Events);
        Assert.Equal(["2:Int32"], report.Armed("direct").Single("entry").Arguments);
    }

    [Fact]
    public void CalleeInlinedAtTier1_WhenArmedAfterThePromotion_FiresThroughThePromotedCaller()
    {
        var report = FixtureProcess.Report("tier1-inlined-callee");

        Assert.Equal("true", report.Facts["promoted-with-callee-inlined"]);
        var call = report.Armed("through-promoted-caller");
        Assert.Equal("5:Int32", call.Result);
        Assert.Equal(["2:Int32"], call.Single("entry").Arguments);
        Assert.Equal("4:Int32", call.Single("return").ReturnValue);
        Assert.Empty(report.Phase("disarmed").Call("through-promoted-caller").Events);
    }

    [Fact]
    public void CalleeInlinedAtTier1_WithInlinerRecompilationOff_StaysSilentThroughThePromotedCaller()
    {
        var report = FixtureProcess.Report("tier1-inlined-callee", s_inlinerBlockingOff);

        Assert.Equal("true", report.Facts["promoted-with-callee-inlined"]);
        var call = report.Armed("through-promoted-caller");
        Assert.Equal("5:Int32", call.Result);
        Assert.Empty(call.Events);
        Assert.Equal(["2:Int32"], report.Armed("direct").Single("entry").Arguments);
    }
}
