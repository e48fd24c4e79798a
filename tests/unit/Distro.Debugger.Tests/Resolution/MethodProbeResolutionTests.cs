using System.Reflection;
using Acme.Shop;
using Distro.Debugger.Resolution;
using static Distro.Debugger.Tests.Resolution.Locations;

namespace Distro.Debugger.Tests.Resolution;

public class MethodProbeResolutionTests(ProbeTargetsFixture fixture) : IClassFixture<ProbeTargetsFixture>
{
    private readonly TargetResolver _resolver = fixture.Resolver;

    [Fact]
    public void Resolve_StaticMethod_ReturnsIt()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Calculator", "Add")));

        Assert.Equal(typeof(Calculator).GetMethod(nameof(Calculator.Add)), target.Method);
        Assert.Same(target.Method, target.UserMethod);
        Assert.Equal("Calculator.Add", target.DisplayName);
        Assert.Null(target.Line);
    }

    [Fact]
    public void Resolve_InstanceMethod_ReturnsIt()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Greeter", "Greet")));

        Assert.Equal(typeof(Greeter).GetMethod(nameof(Greeter.Greet)), target.Method);
    }

    [Theory]
    [InlineData(".ctor")]
    [InlineData("Greeter")]
    [InlineData(".ctor(string)")]
    public void Resolve_Constructor_ReturnsIt(string methodName)
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Greeter", methodName)));

        Assert.Equal(typeof(Greeter).GetConstructor([typeof(string)]), target.Method);
        Assert.Equal("Greeter..ctor", target.DisplayName);
    }

    [Fact]
    public void Resolve_PropertyGetter_ReturnsIt()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Greeter", "get_Name")));

        Assert.Equal(typeof(Greeter).GetProperty(nameof(Greeter.Name))!.GetMethod, target.Method);
    }

    [Fact]
    public void Resolve_GlobalNamespace_ReturnsIt()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(string.Empty, "GlobalHelper", "Answer")));

        Assert.Equal(typeof(GlobalHelper).GetMethod(nameof(GlobalHelper.Answer)), target.Method);
    }

    [Fact]
    public void Resolve_CodeUnitIsAssemblyName_ReturnsMethod()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsAssembly, "Calculator", "Add")));

        Assert.Equal(typeof(Calculator).GetMethod(nameof(Calculator.Add)), target.Method);
    }

    [Fact]
    public void Resolve_EmptyCodeUnitForNamespacedType_FallsBackToAnyNamespace()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(string.Empty, "Calculator", "Add")));

        Assert.Equal(typeof(Calculator), target.Method.DeclaringType);
    }

    [Fact]
    public void Resolve_NamespaceInClassName_ReturnsMethod()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(string.Empty, "Acme.Shop.Calculator", "Add")));

        Assert.Equal(typeof(Calculator), target.Method.DeclaringType);
    }

    [Theory]
    [InlineData("Outer+Inner")]
    [InlineData("Outer.Inner")]
    public void Resolve_NestedTypeEitherSpelling_ReturnsMethod(string className)
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, className, "Depth")));

        Assert.Equal(typeof(Outer.Inner).GetMethod(nameof(Outer.Inner.Depth)), target.Method);
        Assert.Equal("Outer.Inner.Depth", target.DisplayName);
    }

    [Fact]
    public void Resolve_NestedTypeByInnerNameOnly_FallsBackToIt()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Inner", "Depth")));

        Assert.Equal(typeof(Outer.Inner), target.Method.DeclaringType);
    }

    [Theory]
    [InlineData("Box`1")]
    [InlineData("Box<T>")]
    [InlineData("Box<>")]
    [InlineData("Box")]
    public void Resolve_GenericTypeAnySpelling_ReturnsMethod(string className)
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, className, "Open")));

        Assert.Equal(typeof(Box<>).GetMethod(nameof(Box<int>.Open)), target.Method);
        Assert.Equal("Box<T>.Open", target.DisplayName);
    }

    [Theory]
    [InlineData("Pair`2")]
    [InlineData("Pair<,>")]
    [InlineData("Pair<TLeft, TRight>")]
    public void Resolve_TwoParameterGenericType_ReturnsMethod(string className)
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, className, "Left(TLeft, TRight)")));

        Assert.Equal(typeof(Pair<,>).GetMethod(nameof(Pair<int, int>.Left)), target.Method);
    }

    [Fact]
    public void Resolve_GenericTypeWithWrongArity_FailsWithMethodNotFound()
    {
        AssertFailed(_resolver.Resolve(Method(TargetsNamespace, "Box`2", "Open")), ResolutionFailure.MethodNotFound);
    }

    [Theory]
    [InlineData("Return")]
    [InlineData("Return<T>")]
    [InlineData("Return`1")]
    [InlineData("Return(T)")]
    [InlineData("Return<T>(T value)")]
    public void Resolve_GenericMethod_ReturnsIt(string methodName)
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Echo", methodName)));

        Assert.Equal(typeof(Echo).GetMethod(nameof(Echo.Return)), target.Method);
    }

    [Fact]
    public void Resolve_GenericMethodWithDelegateParameter_ReturnsIt()
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Echo", "Convert<TIn, TOut>(TIn, Func<TIn, TOut>)")));

        Assert.Equal(typeof(Echo).GetMethod(nameof(Echo.Convert)), target.Method);
    }

    [Theory]
    [InlineData("Pick(string)", "System.String")]
    [InlineData("Pick(System.String)", "System.String")]
    [InlineData("Pick(String)", "System.String")]
    [InlineData("Pick(global::System.String text)", "System.String")]
    [InlineData("Pick(string, int)", "System.String, System.Int32")]
    [InlineData("Pick(System.String,System.Int32)", "System.String, System.Int32")]
    [InlineData("Pick(string text, int count = 1)", "System.String, System.Int32")]
    [InlineData("Pick(int)", "System.Int32")]
    [InlineData("Pick(List<int>)", "System.Collections.Generic.List`1[System.Int32]")]
    [InlineData("Pick(System.Collections.Generic.List<System.Int32>)", "System.Collections.Generic.List`1[System.Int32]")]
    [InlineData("Pick(List`1[System.Int32])", "System.Collections.Generic.List`1[System.Int32]")]
    [InlineData("Pick(ref int)", "System.Int32&")]
    [InlineData("Pick(System.Int32&)", "System.Int32&")]
    [InlineData("Pick(out long)", "System.Int64&")]
    [InlineData("Pick(in decimal)", "System.Decimal&")]
    [InlineData("Pick(int[])", "System.Int32[]")]
    [InlineData("Pick(Int32[])", "System.Int32[]")]
    [InlineData("Pick(int[,])", "System.Int32[,]")]
    [InlineData("Pick(Dictionary<string, List<int>>)", "System.Collections.Generic.Dictionary`2[System.String,System.Collections.Generic.List`1[System.Int32]]")]
    [InlineData("Pick(int?)", "System.Nullable`1[System.Int32]")]
    [InlineData("Pick(Nullable<int>)", "System.Nullable`1[System.Int32]")]
    [InlineData("Pick((int, string))", "System.ValueTuple`2[System.Int32,System.String]")]
    [InlineData("Pick((int Number, string Text) pair)", "System.ValueTuple`2[System.Int32,System.String]")]
    [InlineData("Pick(ValueTuple<int, string>)", "System.ValueTuple`2[System.Int32,System.String]")]
    public void Resolve_OverloadBySpelling_ReturnsThatOverload(string methodName, string expectedParameters)
    {
        var target = AssertSingleTarget(_resolver.Resolve(Method(TargetsNamespace, "Picker", methodName)));

        Assert.Equal(expectedParameters, string.Join(", ", target.Method.GetParameters().Select(parameter => parameter.ParameterType.ToString())));
    }

    [Fact]
    public void Resolve_OverloadedWithoutParameterList_ReturnsEveryOverload()
    {
        var targets = AssertResolved(_resolver.Resolve(Method(TargetsNamespace, "Picker", "Pick")));

        var expected = typeof(Picker).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        Assert.Equal(12, expected.Length);
        Assert.Equal(expected.ToHashSet(), targets.Select(target => (MethodInfo)target.Method).ToHashSet());
    }

    [Fact]
    public void Resolve_OverloadListMatchingNothing_FailsListingOverloads()
    {
        var failed = AssertFailed(_resolver.Resolve(Method(TargetsNamespace, "Picker", "Pick(double)")), ResolutionFailure.MethodNotFound);

        Assert.Contains("Pick(String, Int32)", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_EmptyParameterListOnMethodWithParameters_FailsWithMethodNotFound()
    {
        AssertFailed(_resolver.Resolve(Method(TargetsNamespace, "Calculator", "Add()")), ResolutionFailure.MethodNotFound);
    }

    [Fact]
    public void Resolve_MissingMethod_FailsWithMethodNotFound()
    {
        var failed = AssertFailed(_resolver.Resolve(Method(TargetsNamespace, "Calculator", "Subtract")), ResolutionFailure.MethodNotFound);

        Assert.Contains("Subtract", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MethodNameInOtherCase_FailsWithMethodNotFound()
    {
        AssertFailed(_resolver.Resolve(Method(TargetsNamespace, "Calculator", "add")), ResolutionFailure.MethodNotFound);
    }

    [Fact]
    public void Resolve_MissingType_FailsWithMethodNotFound()
    {
        var failed = AssertFailed(_resolver.Resolve(Method(TargetsNamespace, "Abacus", "Add")), ResolutionFailure.MethodNotFound);

        Assert.Contains("Abacus", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TypeInOtherNamespace_FailsWithMethodNotFound()
    {
        AssertFailed(_resolver.Resolve(Method("Acme.Warehouse", "Calculator", "Add")), ResolutionFailure.MethodNotFound);
    }

    [Theory]
    [InlineData("", "Calculator", "")]
    [InlineData("", "", "Add")]
    [InlineData("", "Calculator", "Add(List<int)")]
    [InlineData("", "Box<T", "Open")]
    public void Resolve_UnreadableNames_FailsWithMethodNotFound(string codeUnit, string className, string methodName)
    {
        AssertFailed(_resolver.Resolve(Method(codeUnit, className, methodName)), ResolutionFailure.MethodNotFound);
    }

    [Theory]
    [InlineData("System.Text", "StringBuilder", "Append", ".NET runtime")]
    [InlineData("", "System.Text.StringBuilder", "Append", ".NET runtime")]
    [InlineData("System.Private.CoreLib", "Object", "ToString", ".NET runtime")]
    [InlineData("Microsoft.Extensions.Logging", "Logger", "Log", ".NET runtime")]
    [InlineData("Distro.Debugger.Resolution", "TargetResolver", "Resolve", "instrumentation itself")]
    [InlineData("OpenTelemetry", "Sdk", "CreateTracerProviderBuilder", "instrumentation itself")]
    public void Resolve_RuntimeOrDistroCode_IsRefused(string codeUnit, string className, string methodName, string reason)
    {
        var failed = AssertFailed(_resolver.Resolve(Method(codeUnit, className, methodName)), ResolutionFailure.Refused);

        Assert.Contains(reason, failed.Message, StringComparison.Ordinal);
    }
}
