using System.Reflection;
using Acme.Shop;
using Distro.Debugger.Resolution;
using static Distro.Debugger.Tests.Resolution.Locations;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>
/// Line probes inside code the compiler rewrote: lambdas, local functions, async methods, iterators. The line numbers
/// below are those of tests/unit/Distro.Debugger.Tests.Targets.
/// </summary>
public class GeneratedCodeResolutionTests(ProbeTargetsFixture fixture) : IClassFixture<ProbeTargetsFixture>
{
    private readonly TargetResolver _resolver = fixture.Resolver;

    [Fact]
    public void Resolve_LineInsideLambda_BindsLambdaWrittenInMethod()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Handler.cs", 14)));

        Assert.Equal("<Main>b__0", target.Method.Name);
        Assert.Equal(typeof(Handler).GetMethod(nameof(Handler.Main)), target.UserMethod);
        Assert.Equal("Handler.<Main>b__0", target.DisplayName);
        Assert.Equal(14, target.Line!.BoundLine);
    }

    [Fact]
    public void Resolve_LineInsideLambda_SeesClosureVariablesAndItsLocals()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Handler.cs", 14)));

        Assert.Equal(["scaled"], LocalNames(line));
        Assert.Equal(["bias", "factor", "this"], CapturedNames(line));
        var factor = Captured(line, "factor");
        Assert.Equal(CapturedVariableKind.ClosureVariable, factor.Kind);
        Assert.Equal(VariableRoot.Argument(0), factor.Root);
        Assert.Equal("factor", Assert.Single(factor.FieldPath).Name);
        var self = Captured(line, "this");
        Assert.Equal(CapturedVariableKind.This, self.Kind);
        Assert.Equal(typeof(Handler), Assert.Single(self.FieldPath).FieldType);
    }

    [Fact]
    public void Resolve_BlankLineInsideLambda_SnapsWithinLambda()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Handler.cs", 15)));

        Assert.Equal("<Main>b__0", target.Method.Name);
        Assert.Equal(16, target.Line!.BoundLine);
    }

    [Fact]
    public void Resolve_LineInMethodThatCreatesClosure_SeesCapturedVariablesThroughClosureLocal()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Handler.cs", 18)));

        Assert.Equal(typeof(Handler).GetMethod(nameof(Handler.Main)), target.Method);
        var line = target.Line!;
        Assert.Equal(["scale"], LocalNames(line));
        Assert.Equal(["bias", "factor", "this"], CapturedNames(line));
        Assert.True(Captured(line, "bias").Root.IsLocal);
    }

    [Fact]
    public void Resolve_LambdaOnSameLineAsItsStatement_PrefersLambda()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Handler.cs", 21)));

        Assert.Equal("<Doubler>b__2_0", target.Method.Name);
        Assert.Equal(typeof(Handler).GetMethod(nameof(Handler.Doubler)), target.UserMethod);
    }

    [Fact]
    public void Resolve_LambdaInNestedScope_FollowsClosureChain()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Handler.cs", 30)));

        Assert.Equal("<Nested>b__1", target.Method.Name);
        var line = target.Line!;
        Assert.Equal(["inner", "outer"], CapturedNames(line));
        Assert.Equal(["CS$<>8__locals1", "outer"], Captured(line, "outer").FieldPath.Select(field => field.Name));
        Assert.Equal(["inner"], Captured(line, "inner").FieldPath.Select(field => field.Name));
    }

    [Fact]
    public void Resolve_LineInsideLocalFunction_BindsItWithStructClosure()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Tally.cs", 20)));

        Assert.Equal("<Count>g__Weigh|0_0", target.Method.Name);
        Assert.Equal(typeof(Tally).GetMethod(nameof(Tally.Count)), target.UserMethod);
        Assert.Equal("Tally.Count.Weigh", target.DisplayName);
        var line = target.Line!;
        Assert.Equal(["weight"], LocalNames(line));
        var threshold = Captured(line, "threshold");
        Assert.Equal(CapturedVariableKind.ClosureVariable, threshold.Kind);
        Assert.Equal(VariableRoot.Argument(1), threshold.Root);
    }

    [Fact]
    public void Resolve_LineInMethodWithLocalFunction_SeesStructClosureFields()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Tally.cs", 13)));

        Assert.Equal(["index", "total"], LocalNames(line));
        Assert.Equal(["threshold"], CapturedNames(line));
    }

    [Fact]
    public void Resolve_LineAfterAwait_BindsMoveNextWithKickoffAndHoistedLocals()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Fetcher.cs", 13)));

        Assert.Equal("MoveNext", target.Method.Name);
        Assert.Equal(typeof(Fetcher).GetMethod(nameof(Fetcher.FetchAsync)), target.UserMethod);
        Assert.Equal("Fetcher.FetchAsync", target.DisplayName);
        var line = target.Line!;
        Assert.Equal(13, line.BoundLine);
        Assert.Equal(["after", "before", "id", "this"], CapturedNames(line));
        Assert.Equal(CapturedVariableKind.HoistedLocal, Captured(line, "before").Kind);
        Assert.Equal("<before>5__1", Assert.Single(Captured(line, "before").FieldPath).Name);
        Assert.Equal(CapturedVariableKind.Parameter, Captured(line, "id").Kind);
        Assert.Equal(CapturedVariableKind.This, Captured(line, "this").Kind);
    }

    [Fact]
    public void Resolve_LineAfterYieldReturn_BindsIteratorMoveNext()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Sequence.cs", 11)));

        Assert.Equal("MoveNext", target.Method.Name);
        Assert.Equal(typeof(Sequence).GetMethod(nameof(Sequence.Countdown)), target.UserMethod);
        Assert.Equal(["from", "next", "step"], CapturedNames(target.Line!));
        Assert.Equal(CapturedVariableKind.Parameter, Captured(target.Line!, "from").Kind);
    }

    [Fact]
    public void Resolve_LineInAsyncIterator_SeesHoistedLocalsInScope()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Ticker.cs", 12)));

        Assert.Equal("MoveNext", target.Method.Name);
        Assert.Equal(typeof(Ticker).GetMethod(nameof(Ticker.TickAsync)), target.UserMethod);
        Assert.Equal(["count", "stamp", "tick"], CapturedNames(target.Line!));
    }

    [Fact]
    public void Resolve_LineOutsideHoistedLocalScope_LeavesThatLocalOut()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Ticker.cs", 9)));

        Assert.Equal(["count", "tick"], CapturedNames(line));
    }

    [Fact]
    public void Resolve_LambdaByMethodName_NamesEnclosingMethod()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Handler+<>c__DisplayClass1_0", "<Main>b__0")));

        Assert.Equal(typeof(Handler).GetMethod(nameof(Handler.Main)), target.UserMethod);
        Assert.Equal("Handler.<Main>b__0", target.DisplayName);
    }

    [Fact]
    public void Resolve_AsyncMethodByName_ReturnsKickoffMethod()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Fetcher", "FetchAsync")));

        Assert.Equal(typeof(Fetcher).GetMethod(nameof(Fetcher.FetchAsync)), target.Method);
        Assert.IsType<MethodInfo>(target.Method, exactMatch: false);
    }
}
