namespace Distro.Runtime.Tests;

/// <summary>Refusals, gates, failing probes, re-arming and concurrency.</summary>
public class EngineBehaviourTests
{
    [Theory]
    [InlineData("abstract", "MethodNotRewritable", "abstract")]
    [InlineData("extern", "MethodNotRewritable", "outside IL")]
    [InlineData("dynamic-method", "ModuleNotRewritable", "dynamic")]
    [InlineData("collectible", "ModuleNotRewritable", "collectible")]
    [InlineData("tail-call", "UnsupportedInstruction", "tail.")]
    [InlineData("jmp", "UnsupportedInstruction", "jmp")]
    public void UnrewritableMethod_WhenInstrumented_FailsWithAClearStatus(string method, string failure, string reason)
    {
        var status = FixtureProcess.Report("refusals").Facts[method];

        Assert.StartsWith($"Failed ({failure}", status, StringComparison.Ordinal);
        Assert.Contains(reason, status, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusedMethod_AfterRefusal_StillRunsItsOriginalCode()
    {
        var facts = FixtureProcess.Report("refusals").Facts;

        Assert.Equal("42", facts["tail-call-result"]);
        Assert.Equal("0", facts["events"]);
    }

    [Fact]
    public void EmittedTailCallAssembly_WhenLoaded_LeavesNoFileBehind() =>
        Assert.Equal(string.Empty, FixtureProcess.Report("refusals").Facts["tail-call-assembly-file"]);

    [Fact]
    public void ArmedProbe_WhenTheGateDeclines_RecordsNothingAndResultsStayRight()
    {
        var facts = FixtureProcess.Report("gate-declines").Facts;

        Assert.Equal("Applied", facts["status"]);
        Assert.Equal("1000", facts["gate-calls"]);
        Assert.Equal("0", facts["events"]);
        Assert.Equal("0", facts["wrong-results"]);
    }

    [Theory]
    [InlineData("Gate")]
    [InlineData("Frame")]
    public void ProbeThatThrows_WhenTheMethodRuns_TheCallerSeesOnlyTheMethodsOwnBehaviour(string failure)
    {
        var call = FixtureProcess.Report("failing-probe").Phase(failure).Call("throws");

        Assert.Equal("System.InvalidOperationException", call.ExceptionType);
        Assert.Equal("failed: 3", call.ExceptionMessage);
        Assert.Equal(["Thrower.Fail:14", "Thrower.FailThroughFinally:24"], call.StackLines.Take(2));
        Assert.Empty(call.Events);
    }

    [Fact]
    public void MethodNeverCalledBeforeArming_OnItsFirstCall_RunsTheProbe()
    {
        var report = FixtureProcess.Report("first-call-after-arming");

        Assert.Equal(["9:Int32"], report.Armed().Single("entry").Arguments);
        Assert.Equal("81:Int32", report.Armed().Single("return").ReturnValue);
        Assert.Empty(report.Phase("disarmed").Call("call").Events);
    }

    [Fact]
    public void Method_ArmedDisarmedAndArmedAgain_OnlyTheCurrentProbeSeesCalls()
    {
        var report = FixtureProcess.Report("rearm");

        Assert.Equal(2, report.Phase("first").Call("call").Events.Count);
        Assert.Equal(2, report.Phase("second").Call("call").Events.Count);
        Assert.Equal("0", report.Facts["first-probe-late-events"]);
    }

    [Fact]
    public void EightThreadsCalling_WhileAnotherArmsAndDisarmsAThousandTimes_EveryCallReturnsTheRightValue()
    {
        var facts = FixtureProcess.Report("stress").Facts;

        Assert.Equal("1000", facts["completed-cycles"]);
        Assert.Equal("0", facts["wrong-results"]);
        Assert.Equal("0", facts["exceptions"]);
        Assert.Equal(string.Empty, facts["failed-cycles"]);
        Assert.True(long.Parse(facts["observed-events"], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
