namespace Distro.Runtime.Tests;

/// <summary>For every method shape: instrumenting never changes results, exceptions or their stack lines, and removing the probe silences it.</summary>
public class BehaviourIsUnchangedTests
{
    public static TheoryData<string> Scenarios { get; } =
    [
        "static", "instance", "struct-instance", "ref-struct-instance", "constructor", "struct-constructor",
        "generic-method", "generic-class", "generic-method-in-generic-class", "generic-struct", "ref-out-in", "ref-return", "span-parameters",
        "span-return", "pointers", "many-parameters", "exception-handling", "stackalloc", "recursion",
        "throws", "throws-through-finally", "catches-own", "inlined-callee",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void InstrumentedMethod_WhenArmed_ReturnsAndThrowsExactlyAsOriginal(string scenario)
    {
        var report = FixtureProcess.Report(scenario);
        var original = report.Phase("original").Calls;
        var armed = report.Phase("armed");

        Assert.Equal("Applied", armed.Status);
        Assert.Equal(original.Count, armed.Calls.Count);
        foreach (var (before, during) in original.Zip(armed.Calls))
        {
            Assert.Equal(before.Result, during.Result);
            Assert.Equal(before.ExceptionType, during.ExceptionType);
            Assert.Equal(before.ExceptionMessage, during.ExceptionMessage);
            Assert.Equal(before.StackLines, during.StackLines);
            Assert.NotEmpty(during.Events);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void InstrumentedMethod_AfterDisarm_IsSilentAndOriginal(string scenario)
    {
        var report = FixtureProcess.Report(scenario);
        var original = report.Phase("original").Calls;
        var disarmed = report.Phase("disarmed");

        Assert.Equal("Reverted", disarmed.Status);
        foreach (var (before, after) in original.Zip(disarmed.Calls))
        {
            Assert.Equal(before.Result, after.Result);
            Assert.Equal(before.ExceptionType, after.ExceptionType);
            Assert.Equal(before.StackLines, after.StackLines);
            Assert.Empty(after.Events);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void InstrumentedMethod_BeforeArming_HooksAreNotCalled(string scenario) =>
        Assert.All(FixtureProcess.Report(scenario).Phase("original").Calls, call => Assert.Empty(call.Events));

    [Fact]
    public void InlinedCallee_WithTieredCompilationOff_FiresThroughItsInliner()
    {
        var report = FixtureProcess.Report("inlined-callee", ("DOTNET_TieredCompilation", "0"));

        var call = report.Armed("through-inliner");
        Assert.Equal("7:Int32", call.Result);
        Assert.Equal(["2:Int32"], call.Single("entry").Arguments);
        Assert.Equal("6:Int32", call.Single("return").ReturnValue);
        Assert.Empty(report.Phase("disarmed").Call("through-inliner").Events);
    }
}
