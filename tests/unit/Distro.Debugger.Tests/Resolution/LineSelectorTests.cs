using Distro.Debugger.Resolution;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>The line ownership rules on hand-made sequence points, for shapes the probe targets do not have.</summary>
public class LineSelectorTests
{
    private const int FirstConstructor = 1;
    private const int SecondConstructor = 2;
    private const int Sibling = 3;
    private const int Lambda = 4;

    [Fact]
    public void Select_FieldInitializerLine_BindsEveryConstructor()
    {
        var methods = new[]
        {
            Code(FirstConstructor, (0, 5), (6, 30)),
            Code(SecondConstructor, (0, 5), (6, 40)),
            Code(Sibling, (0, 20), (1, 21)),
        };

        var choices = LineSelector.Select(5, methods, IsLambda);

        Assert.Equal([FirstConstructor, SecondConstructor], choices.Select(choice => choice.Method.MethodToken).Order());
    }

    [Fact]
    public void Select_BlankLineBetweenMethodsInsideConstructorSpan_BindsNothing()
    {
        var methods = new[]
        {
            Code(FirstConstructor, (0, 5), (6, 30)),
            Code(Sibling, (0, 20), (1, 21)),
        };

        Assert.Empty(LineSelector.Select(18, methods, IsLambda));
    }

    [Fact]
    public void Select_BlankLineBeforeLambdaCode_SnapsInEnclosingMethodPastTheLambda()
    {
        var methods = new[]
        {
            Code(Sibling, (0, 10), (8, 14)),
            Code(Lambda, (0, 12)),
        };

        var choice = Assert.Single(LineSelector.Select(11, methods, IsLambda));

        Assert.Equal(Sibling, choice.Method.MethodToken);
        Assert.Equal(14, choice.BoundLine);
        Assert.Equal(8, choice.ILOffset);
    }

    [Fact]
    public void Select_LineWithSeveralPoints_TakesLowestOffset()
    {
        var methods = new[] { Code(Sibling, (0, 9), (4, 10), (12, 11), (20, 10)) };

        var choice = Assert.Single(LineSelector.Select(10, methods, IsLambda));

        Assert.Equal(4, choice.ILOffset);
    }

    [Fact]
    public void Select_TwoLambdasOnOneLineOfSameWidth_BindsBoth()
    {
        var methods = new[]
        {
            new MethodCode(Sibling, [new SourcePoint(0, 10, 9, 10, 40)]),
            new MethodCode(Lambda, [new SourcePoint(0, 10, 15, 10, 20)]),
            new MethodCode(Lambda + 1, [new SourcePoint(0, 10, 25, 10, 30)]),
        };

        var choices = LineSelector.Select(10, methods, token => token >= Lambda);

        Assert.Equal([Lambda, Lambda + 1], choices.Select(choice => choice.Method.MethodToken).Order());
    }

    private static bool IsLambda(int token) => token == Lambda;

    private static MethodCode Code(int token, params (int Offset, int Line)[] points) =>
        new(token, [.. points.Select(point => new SourcePoint(point.Offset, point.Line, 9, point.Line, 20))]);
}
