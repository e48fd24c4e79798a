using Distro.Runtime.Fixture.Recording;

namespace Distro.Runtime.Tests;

/// <summary>Line probes: what the line hook receives, before the line runs, in every kind of method, with results unchanged.</summary>
public class LineProbeTests
{
    public static TheoryData<string> Scenarios { get; } =
    [
        "line-loop", "line-try-first", "line-catch", "line-finally", "line-foreach", "line-switch", "line-using",
        "line-after-await", "line-after-yield", "line-lambda", "line-local-function", "line-span-local",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void LineProbe_WhenArmed_LeavesResultsUnchangedAndIsSilentAfterDisarm(string scenario)
    {
        var report = FixtureProcess.Report(scenario);

        Assert.Equal("Applied", report.Phase("armed").Status);
        Assert.Equal("Reverted", report.Phase("disarmed").Status);
        foreach (var phase in new[] { "armed", "disarmed" })
        {
            foreach (var (original, call) in report.Phase("original").Calls.Zip(report.Phase(phase).Calls))
            {
                Assert.Equal(original.Result, call.Result);
                Assert.Equal(original.ExceptionType, call.ExceptionType);
            }
        }

        Assert.All(report.Phase("armed").Calls, call => Assert.NotEmpty(call.Events));
        Assert.All(report.Phase("disarmed").Calls, call => Assert.Empty(call.Events));
    }

    [Fact]
    public void LineInALoop_RunsOnEveryIterationWithTheLocalsBeforeTheLine()
    {
        var events = FixtureProcess.Report("line-loop").Armed().Events;

        Assert.Equal(["0:Int32", "0:Int32", "1:Int32"], events.Select(recorded => recorded.Locals!["total"]));
        Assert.Equal(["0:Int32", "1:Int32", "2:Int32"], events.Select(recorded => recorded.Locals!["i"]));
        Assert.All(events, recorded => Assert.Equal(["3:Int32"], recorded.Arguments));
    }

    [Fact]
    public void LineInsideTryCatchAndFinally_SeeTheLocalsOfEachBlock()
    {
        Assert.Equal("\"start\"", Single(FixtureProcess.Report("line-try-first").Armed()).Locals!["log"]);

        var caught = Single(FixtureProcess.Report("line-catch").Armed());
        Assert.Equal("\"start:try\"", caught.Locals!["log"]);
        Assert.StartsWith("System.ArgumentException: empty input", caught.Locals["e"], StringComparison.Ordinal);

        var report = FixtureProcess.Report("line-finally");
        Assert.Equal("\"start:try\"", Single(report.Armed("returns")).Locals!["log"]);
        Assert.Equal("\"start:try:empty input\"", Single(report.Armed("throws")).Locals!["log"]);
    }

    [Fact]
    public void LineInAForeachBody_SeesEachElementAndTheRunningSum()
    {
        var events = FixtureProcess.Report("line-foreach").Armed().Events;

        Assert.Equal(["1:Int32", "2:Int32", "3:Int32"], events.Select(recorded => recorded.Locals!["value"]));
        Assert.Equal(["0:Int32", "1:Int32", "3:Int32"], events.Select(recorded => recorded.Locals!["sum"]));
    }

    [Fact]
    public void LineInAUsingBlockAndASwitchExpression_SeeTheirArgumentsAndLocals()
    {
        Assert.Equal("System.IO.StringReader:StringReader", Single(FixtureProcess.Report("line-using").Armed()).Locals!["reader"]);
        Assert.Equal(["-5:Int32"], Single(FixtureProcess.Report("line-switch").Armed()).Arguments);
    }

    [Fact]
    public void LineAfterAnAwait_SeesTheStateMachineWithItsHoistedLocalsAndParameters()
    {
        var line = Single(FixtureProcess.Report("line-after-await").Armed());

        Assert.Equal("10:Int32", line.InstanceFields!["<before>5__2"]);
        Assert.Equal("5:Int32", line.InstanceFields["seed"]);
    }

    [Fact]
    public void LineAfterAYieldReturn_RunsOncePerElementWithTheIteratorsState()
    {
        var events = FixtureProcess.Report("line-after-yield").Armed().Events;

        Assert.Equal(["3:Int32", "2:Int32", "1:Int32"], events.Select(recorded => recorded.InstanceFields!["<current>5__2"]));
    }

    [Fact]
    public void LineInALambda_SeesItsArgumentAndTheVariablesItCaptured()
    {
        var line = Single(FixtureProcess.Report("line-lambda").Armed());

        Assert.Equal(["4:Int32"], line.Arguments);
        Assert.Equal("10:Int32", line.InstanceFields!["scale"]);
        Assert.Equal("5:Int32", line.InstanceFields["offset"]);
    }

    [Fact]
    public void LineInALocalFunction_SeesItsArgumentAndItsClosure()
    {
        var line = Single(FixtureProcess.Report("line-local-function").Armed());

        Assert.Equal("4:Int32", line.Arguments![0]);
        Assert.Contains("DisplayClass", line.Arguments[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ByRefLikeLocalAtALine_IsPassedAsAMarkerNextToTheOtherLocals()
    {
        var events = FixtureProcess.Report("line-span-local").Armed().Events;

        Assert.Equal(2, events.Count);
        Assert.All(events, recorded => Assert.Equal("<ByRefLike>", recorded.Locals!["buffer"]));
        Assert.Equal(["0:Int32", "1:Int32"], events.Select(recorded => recorded.Locals!["filled"]));
    }

    [Fact]
    public void LineAndMethodProbesOnOneMethod_BothFireFromOneRewrite()
    {
        var phase = FixtureProcess.Report("line-and-method").Phase("armed");

        Assert.Equal("1:Int32", phase.Call("call").Result);
        Assert.Equal(["entry", "return"], phase.Call("call").Events.Select(recorded => recorded.Kind));
        Assert.Equal(2, phase.Call("lines").Events.Count);
    }

    private static RecordedEvent Single(Distro.Runtime.Fixture.Scenarios.CallReport call) => Assert.Single(call.Events);
}
