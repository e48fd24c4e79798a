using System.Globalization;
using System.Reflection;
using Distro.Runtime.Fixture.Recording;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Tests;

/// <summary>Line probes: what the line hook receives, before the line runs, in every kind of method, with results unchanged.</summary>
public class LineProbeTests
{
    public static TheoryData<string> Scenarios { get; } =
    [
        "line-loop", "line-try-first", "line-catch-declaration", "line-catch", "line-finally", "line-foreach", "line-switch",
        "line-switch-case", "line-using", "line-after-await", "line-after-yield", "line-lambda", "line-local-function",
        "line-span-local", "line-two-lines", "line-and-method",
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
        Assert.All(events, recorded => Assert.Equal(["i", "total"], LocalNames(recorded)));
    }

    [Fact]
    public void LineInsideTryCatchAndFinally_SeeTheLocalsOfEachBlock()
    {
        AssertLocals(Single(FixtureProcess.Report("line-try-first").Armed()), ("log", "\"start\""));

        var caught = Single(FixtureProcess.Report("line-catch").Armed());
        Assert.Equal(["e", "log"], LocalNames(caught));
        Assert.Equal("\"start:try\"", caught.Locals!["log"]);
        Assert.StartsWith("System.ArgumentException: empty input", caught.Locals["e"], StringComparison.Ordinal);

        var report = FixtureProcess.Report("line-finally");
        AssertLocals(Single(report.Armed("returns")), ("log", "\"start:try\""));
        AssertLocals(Single(report.Armed("throws")), ("log", "\"start:try:empty input\""));
    }

    [Fact]
    public void LineOfACatchDeclaration_RunsAtTheHandlerStartBeforeTheExceptionIsStored()
    {
        var report = FixtureProcess.Report("line-catch-declaration");
        var handler = typeof(LineShapes).GetMethod(nameof(LineShapes.Guarded))!.GetMethodBody()!.ExceptionHandlingClauses
            .Single(clause => clause.Flags == ExceptionHandlingClauseOptions.Clause);

        // The line starts with the handler, where the exception is on the evaluation stack and not yet in e.
        Assert.Equal(handler.HandlerOffset.ToString(CultureInfo.InvariantCulture), report.Facts["il-offsets"]);
        var line = Single(report.Armed());
        AssertLocals(line, ("log", "\"start:try\""), ("e", "null"));
        Assert.Equal(["\"\""], line.Arguments);
        Assert.Equal("\"start:try:empty input\"", report.Armed().Result);
        Assert.Null(report.Armed().ExceptionType);
    }

    [Fact]
    public void LineInAForeachBody_SeesEachElementAndTheRunningSum()
    {
        var events = FixtureProcess.Report("line-foreach").Armed().Events;

        Assert.Equal(["1:Int32", "2:Int32", "3:Int32"], events.Select(recorded => recorded.Locals!["value"]));
        Assert.Equal(["0:Int32", "1:Int32", "3:Int32"], events.Select(recorded => recorded.Locals!["sum"]));
        Assert.All(events, recorded => Assert.Equal(["sum", "value"], LocalNames(recorded)));
    }

    [Fact]
    public void LineInAUsingBlockAndASwitchExpression_SeeTheirArgumentsAndLocals()
    {
        var usingBody = Single(FixtureProcess.Report("line-using").Armed());
        AssertLocals(usingBody, ("reader", "System.IO.StringReader:StringReader"), ("first", "\"ab\""));
        Assert.Equal(["\"ab\ncd\""], usingBody.Arguments);

        // The line assigns label: before it runs, label is still unassigned.
        var switchExpression = Single(FixtureProcess.Report("line-switch").Armed());
        AssertLocals(switchExpression, ("label", "null"));
        Assert.Equal(["-5:Int32"], switchExpression.Arguments);
    }

    [Fact]
    public void LineOfASwitchCase_IsReachedThroughTheSwitchWithTheLocalsBeforeTheLine()
    {
        var report = FixtureProcess.Report("line-switch-case");

        var lineOffset = int.Parse(report.Facts["il-offsets"], CultureInfo.InvariantCulture);
        Assert.Contains(lineOffset, CompiledIL.SwitchTargetOffsets(typeof(LineShapes).GetMethod(nameof(LineShapes.Describe))!));
        var line = Single(report.Armed());
        AssertLocals(line, ("prefix", "\"code\""), ("text", "null"));
        Assert.Equal(["2:Int32"], line.Arguments);
        Assert.Equal("\"code:two:code\"", report.Armed().Result);
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
        AssertLocals(line, ("scaled", "0:Int32"));
        Assert.Equal("10:Int32", line.InstanceFields!["scale"]);
        Assert.Equal("5:Int32", line.InstanceFields["offset"]);
    }

    [Fact]
    public void LineInALocalFunction_SeesItsArgumentAndItsClosure()
    {
        var line = Single(FixtureProcess.Report("line-local-function").Armed());

        Assert.Equal("4:Int32", line.Arguments![0]);
        Assert.Null(line.ArgumentFields![0]);
        Assert.Equal([("bias", "3:Int32")], line.ArgumentFields[1]!.Select(field => (field.Key, field.Value)));
    }

    [Fact]
    public void ByRefLikeLocalAtALine_IsPassedAsAMarkerNextToTheOtherLocals()
    {
        var events = FixtureProcess.Report("line-span-local").Armed().Events;

        Assert.Equal(2, events.Count);
        Assert.All(events, recorded => Assert.Equal("<ByRefLike>", recorded.Locals!["buffer"]));
        Assert.Equal(["0:Int32", "1:Int32"], events.Select(recorded => recorded.Locals!["filled"]));
        Assert.All(events, recorded => Assert.Equal(["buffer", "filled", "i"], LocalNames(recorded)));
    }

    [Fact]
    public void TwoLinesInOneMethod_EachProbeFiresOnceWithItsOwnLocals()
    {
        var call = FixtureProcess.Report("line-two-lines").Armed();

        Assert.Equal("143:Int32", call.Result);
        Assert.Equal(2, call.Events.Count);
        var first = call.Single("first-line");
        AssertLocals(first, ("doubled", "10:Int32"));
        Assert.Equal(["5:Int32"], first.Arguments);
        var second = call.Single("second-line");
        AssertLocals(second, ("shifted", "13:Int32"), ("doubled", "10:Int32"));
        Assert.Equal(["5:Int32"], second.Arguments);
    }

    [Fact]
    public void LineAndMethodProbesOnOneMethod_BothFireFromOneRewrite()
    {
        var phase = FixtureProcess.Report("line-and-method").Phase("armed");

        Assert.Equal("1:Int32", phase.Call("call").Result);
        Assert.Equal(["entry", "return"], phase.Call("call").Events.Select(recorded => recorded.Kind));
        Assert.Equal(["0:Int32", "1:Int32"], phase.Call("lines").Events.Select(recorded => recorded.Locals!["i"]));
    }

    private static RecordedEvent Single(Distro.Runtime.Fixture.Scenarios.CallReport call) => Assert.Single(call.Events);

    /// <summary>The names of the locals the line hook received, in ordinal order.</summary>
    private static string[] LocalNames(RecordedEvent recorded) => [.. recorded.Locals!.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Exactly these locals, by name and value, whatever their order.</summary>
    private static void AssertLocals(RecordedEvent recorded, params (string Name, string Value)[] expected) =>
        Assert.Equal(
            expected.OrderBy(local => local.Name, StringComparer.Ordinal),
            recorded.Locals!.Select(local => (local.Key, local.Value)).OrderBy(local => local.Key, StringComparer.Ordinal));
}
