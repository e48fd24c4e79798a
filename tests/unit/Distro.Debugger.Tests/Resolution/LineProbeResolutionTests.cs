using System.Reflection;
using Acme.Shop;
using Distro.Debugger.Resolution;
using static Distro.Debugger.Tests.Resolution.Locations;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>Line probes on the probe targets: the line numbers below are those of tests/unit/Distro.Debugger.Tests.Targets.</summary>
public class LineProbeResolutionTests(ProbeTargetsFixture fixture) : IClassFixture<ProbeTargetsFixture>
{
    private static readonly MethodInfo s_add = typeof(Calculator).GetMethod(nameof(Calculator.Add))!;

    private readonly TargetResolver _resolver = fixture.Resolver;

    [Fact]
    public void Resolve_BareFileName_BindsLineInMethod()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Calculator.cs", 9)));

        Assert.Equal(s_add, target.Method);
        Assert.Equal(s_add, target.UserMethod);
        Assert.Equal("Calculator.Add", target.DisplayName);
        var line = Assert.IsType<LineBinding>(target.Line);
        Assert.Equal(9, line.RequestedLine);
        Assert.Equal(9, line.BoundLine);
        Assert.Equal(1, line.ILOffset);
        Assert.EndsWith("Calculator.cs", line.DocumentPath, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(line.DocumentPath));
    }

    [Theory]
    [InlineData("Distro.Debugger.Tests.Targets/Calculator.cs")]
    [InlineData("unit/Distro.Debugger.Tests.Targets/Calculator.cs")]
    [InlineData("./Distro.Debugger.Tests.Targets/Calculator.cs")]
    [InlineData(@"Distro.Debugger.Tests.Targets\Calculator.cs")]
    [InlineData(@"unit\Distro.Debugger.Tests.Targets\Calculator.cs")]
    [InlineData("calculator.CS")]
    [InlineData("DISTRO.DEBUGGER.TESTS.TARGETS/calculator.cs")]
    [InlineData("/home/alice/src/Distro.Debugger.Tests.Targets/Calculator.cs")]
    [InlineData(@"C:\agent\_work\1\s\tests\unit\Distro.Debugger.Tests.Targets\Calculator.cs")]
    public void Resolve_FilePathSpellings_FindTheDocument(string filePath)
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line(filePath, 9)));

        Assert.Equal(s_add, target.Method);
    }

    [Fact]
    public void Resolve_AbsoluteDocumentPath_FindsTheDocument()
    {
        var documentPath = AssertSingleLine(_resolver.Resolve(Line("Calculator.cs", 9))).DocumentPath;

        var target = AssertSingleTarget(_resolver.Resolve(Line(documentPath, 9)));

        Assert.Equal(s_add, target.Method);
    }

    [Theory]
    [InlineData("Warehouse/Calculator.cs")]
    [InlineData("Abacus.cs")]
    [InlineData("Calculator.cs.bak")]
    public void Resolve_NoMatchingDocument_FailsWithFileNotFound(string filePath)
    {
        AssertFailed(_resolver.Resolve(Line(filePath, 9)), ResolutionFailure.FileNotFound);
    }

    [Fact]
    public void Resolve_EmptyFilePath_FailsWithFileNotFound()
    {
        AssertFailed(_resolver.Resolve(Line(" ", 9)), ResolutionFailure.FileNotFound);
    }

    [Fact]
    public void Resolve_BlankLine_SnapsToNextLineWithCode()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Calculator.cs", 15)));

        Assert.Equal(15, line.RequestedLine);
        Assert.Equal(16, line.BoundLine);
        Assert.Equal(PdbOracle.OffsetsOfLine(s_add, 16).Min(), line.ILOffset);
    }

    [Fact]
    public void Resolve_CommentLine_SnapsToNextLineWithCode()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Notes.cs", 9)));

        Assert.Equal(typeof(Notes).GetMethod(nameof(Notes.Annotated)), target.Method);
        Assert.Equal(10, target.Line!.BoundLine);
    }

    [Theory]
    [InlineData("Calculator.cs", 18)]
    [InlineData("Calculator.cs", 400)]
    [InlineData("Handler.cs", 20)]
    [InlineData("Calculator.cs", 3)]
    public void Resolve_LineOutsideAnyMethod_FailsWithLineNotExecutable(string filePath, int line)
    {
        AssertFailed(_resolver.Resolve(Line(filePath, line)), ResolutionFailure.LineNotExecutable);
    }

    [Fact]
    public void Resolve_NegativeLine_FailsWithLineNotExecutable()
    {
        AssertFailed(_resolver.Resolve(Line("Calculator.cs", -3)), ResolutionFailure.LineNotExecutable);
    }

    [Fact]
    public void Resolve_LineInNestedBlock_HasBlockLocalsInScope()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Calculator.cs", 12)));

        Assert.Equal(["excess", "sum"], LocalNames(line));
        Assert.Empty(line.CapturedVariables);
    }

    [Fact]
    public void Resolve_LineAfterNestedBlock_LeavesBlockLocalsOut()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Calculator.cs", 16)));

        var local = Assert.Single(line.Locals);
        Assert.Equal(new ScopedLocal(0, "sum"), local);
    }

    [Fact]
    public void Resolve_LineInCatch_HasExceptionAndCatchLocals()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Guarded.cs", 17)));

        Assert.Equal(17, line.BoundLine);
        Assert.Equal(["attempts", "error", "message"], LocalNames(line));
    }

    [Fact]
    public void Resolve_LineInFinally_HasOnlyMethodLocals()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Guarded.cs", 22)));

        Assert.Equal(22, line.BoundLine);
        Assert.Equal(["attempts"], LocalNames(line));
    }

    [Fact]
    public void Resolve_LineInUsingBlock_HasResourceAndBlockLocals()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Streams.cs", 11)));

        Assert.Equal(["length", "stream"], LocalNames(line));
    }

    [Fact]
    public void Resolve_ForeachLine_BindsFirstSequencePointOfLine()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Summer.cs", 10)));

        var offsets = PdbOracle.OffsetsOfLine(target.Method, 10);
        Assert.True(offsets.Length > 1, "the foreach line has several sequence points");
        Assert.Equal(offsets.Min(), target.Line!.ILOffset);
    }

    [Fact]
    public void Resolve_LineInForeachBody_HasLoopVariable()
    {
        var line = AssertSingleLine(_resolver.Resolve(Line("Summer.cs", 12)));

        Assert.Equal(["sum", "value"], LocalNames(line));
    }

    [Fact]
    public void Resolve_SwitchExpressionArm_BindsThatArm()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Classifier.cs", 12)));

        Assert.Equal(typeof(Classifier).GetMethod(nameof(Classifier.Classify)), target.Method);
        Assert.Equal(12, target.Line!.BoundLine);
        Assert.Equal(PdbOracle.OffsetsOfLine(target.Method, 12).Min(), target.Line.ILOffset);
        Assert.NotEqual(PdbOracle.OffsetsOfLine(target.Method, 9).Min(), target.Line.ILOffset);
    }

    [Fact]
    public void Resolve_ConstructorBody_BindsConstructor()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Greeter.cs", 11)));

        Assert.Equal(typeof(Greeter).GetConstructor([typeof(string)]), target.Method);
    }

    [Fact]
    public void Resolve_ExpressionBodiedGenericMethod_BindsIt()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Line("Box.cs", 11)));

        Assert.Equal(typeof(Box<>).GetMethod(nameof(Box<int>.Open)), target.Method);
        Assert.Equal("Box<T>.Open", target.DisplayName);
    }

    [Fact]
    public void Resolve_ClassAndMethodNamesGiven_AreNotNeeded()
    {
        var location = new TargetLocation(TargetsNamespace, "Calculator", "Add", "Calculator.cs", 9);

        Assert.Equal(s_add, AssertSingleTarget(_resolver.Resolve(location)).Method);
    }
}
