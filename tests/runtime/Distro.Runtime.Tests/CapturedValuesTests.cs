namespace Distro.Runtime.Tests;

/// <summary>What the hooks receive for each method shape: <c>this</c>, every argument, the return value, the escaping exception.</summary>
public class CapturedValuesTests
{
    [Fact]
    public void StaticMethod_WhenArmed_HooksSeeArgumentsAndReturnValue()
    {
        var call = FixtureProcess.Report("static").Armed("direct");

        var entry = call.Single("entry");
        Assert.Equal("null", entry.Instance);
        Assert.Equal(["2:Int32", "3:Int32"], entry.Arguments);
        var exit = call.Single("return");
        Assert.Equal("5:Int32", exit.ReturnValue);
        Assert.Equal(entry.Frame, exit.Frame);
        Assert.True(exit.ElapsedTicks > 0);
    }

    [Fact]
    public void DelegateCapturedBeforeArming_WhenArmed_RunsTheProbe()
    {
        var call = FixtureProcess.Report("static").Armed("captured-delegate");

        Assert.Equal(["40:Int32", "2:Int32"], call.Single("entry").Arguments);
        Assert.Equal("42:Int32", call.Single("return").ReturnValue);
    }

    [Fact]
    public void InstanceMethod_WhenArmed_PassesThis()
    {
        var call = FixtureProcess.Report("instance").Armed();

        Assert.Equal("Calculator(10):Calculator", call.Single("entry").Instance);
        Assert.Equal(["5:Int32"], call.Single("entry").Arguments);
        Assert.Equal("15:Int32", call.Single("return").ReturnValue);
    }

    [Fact]
    public void StructInstanceMethod_WhenArmed_PassesCopiesOfThisBeforeAndAfter()
    {
        var call = FixtureProcess.Report("struct-instance").Armed();

        Assert.Equal("\"3 Counter(3)\"", call.Result);
        Assert.Equal("Counter(1):Counter", call.Single("entry").Instance);
        Assert.Equal("Counter(3):Counter", call.Single("return").Instance);
    }

    [Fact]
    public void RefStructInstanceMethod_WhenArmed_PassesMarkerForThis()
    {
        var call = FixtureProcess.Report("ref-struct-instance").Armed();

        Assert.Equal("15:Int32", call.Result);
        Assert.All(call.Events, recorded => Assert.Equal("<ByRefLike>", recorded.Instance));
        Assert.Equal(["7:Int32", "8:Int32"], call.Events.Where(e => e.Kind == "return").Select(e => e.ReturnValue));
    }

    [Fact]
    public void Constructor_WhenArmed_HidesThisAtEntryAndShowsItAtReturn()
    {
        var call = FixtureProcess.Report("constructor").Armed();

        Assert.Equal("<UninitializedInstance>", call.Single("entry").Instance);
        Assert.Equal(["\"gear\"", "3:Int32"], call.Single("entry").Arguments);
        Assert.Equal("Widget(gear, 3):Widget", call.Single("return").Instance);
    }

    [Fact]
    public void StructConstructor_WhenArmed_ShowsTheConstructedValueAtReturn()
    {
        var call = FixtureProcess.Report("struct-constructor").Armed();

        Assert.Equal(["12.5:Decimal", "\"EUR\""], call.Single("entry").Arguments);
        Assert.Equal("12.5 EUR:Money", call.Single("return").Instance);
    }

    [Theory]
    [InlineData("int", "5:Int32")]
    [InlineData("string", "\"five\"")]
    [InlineData("struct", "(1, 2):Point")]
    public void GenericMethod_OverReferenceAndValueTypes_BoxesEachInstantiation(string label, string value)
    {
        var call = FixtureProcess.Report("generic-method").Armed(label);

        Assert.Equal([value], call.Single("entry").Arguments);
        Assert.Equal(value, call.Single("return").ReturnValue);
    }

    [Theory]
    [InlineData("int", "Box(1):Box`1", "2:Int32", "1:Int32")]
    [InlineData("string", "Box(old):Box`1", "\"new\"", "\"old\"")]
    public void GenericClassMethod_OverReferenceAndValueTypes_PassesThisArgumentsAndResult(string label, string instance, string argument, string result)
    {
        var call = FixtureProcess.Report("generic-class").Armed(label);

        Assert.Equal(instance, call.Single("entry").Instance);
        Assert.Equal([argument], call.Single("entry").Arguments);
        Assert.Equal(result, call.Single("return").ReturnValue);
    }

    [Theory]
    [InlineData("int-string", "Box(1):Box`1", "\"one\"", "[1, one]:KeyValuePair`2")]
    [InlineData("string-int", "Box(two):Box`1", "2:Int32", "[two, 2]:KeyValuePair`2")]
    [InlineData("int-struct", "Box(3):Box`1", "(4, 5):Point", "[3, (4, 5)]:KeyValuePair`2")]
    [InlineData("string-string", "Box(six):Box`1", "\"seven\"", "[six, seven]:KeyValuePair`2")]
    public void GenericMethodOfGenericClass_OverReferenceAndValueTypes_PassesThisArgumentAndResult(string label, string instance, string argument, string result)
    {
        var call = FixtureProcess.Report("generic-method-in-generic-class").Armed(label);

        Assert.Equal(instance, call.Single("entry").Instance);
        Assert.Equal([argument], call.Single("entry").Arguments);
        Assert.Equal(instance, call.Single("return").Instance);
        Assert.Equal(result, call.Single("return").ReturnValue);
        Assert.Equal(call.Result, result);
    }

    [Theory]
    [InlineData("int", "Pair(1, 2):Pair`1", "2:Int32")]
    [InlineData("string", "Pair(a, b):Pair`1", "\"a\"")]
    public void GenericStructMethod_OverReferenceAndValueTypes_CopiesThis(string label, string instance, string result)
    {
        var call = FixtureProcess.Report("generic-struct").Armed(label);

        Assert.Equal(instance, call.Single("entry").Instance);
        Assert.Equal(result, call.Single("return").ReturnValue);
    }

    [Fact]
    public void RefOutInParameters_WhenArmed_OutOnlyAtReturnAndRefWithItsFinalValue()
    {
        var call = FixtureProcess.Report("ref-out-in").Armed();

        Assert.Equal(["\"42\"", "1:Int32", "<NotYetAssigned>", "(5, 0):Point"], call.Single("entry").Arguments);
        var exit = call.Single("return");
        Assert.Equal("true", exit.ReturnValue);
        Assert.Equal(["null", "6:Int32", "42:Int32", "null"], exit.Arguments);
    }

    [Fact]
    public void RefReturn_WhenArmed_PassesTheReferencedValueAndKeepsTheReference()
    {
        var call = FixtureProcess.Report("ref-return").Armed();

        Assert.Equal("\"10,99,30\"", call.Result);
        Assert.Equal("20:Int32", call.Single("return").ReturnValue);
    }

    [Fact]
    public void ByRefLikeValues_WhenArmed_ArePassedAsMarkers()
    {
        var parameters = FixtureProcess.Report("span-parameters").Armed();
        var returned = FixtureProcess.Report("span-return").Armed();

        Assert.Equal(["<ByRefLike>", "<ByRefLike>"], parameters.Single("entry").Arguments);
        Assert.Equal("8:Int32", parameters.Single("return").ReturnValue);
        Assert.Equal("<ByRefLike>", returned.Single("return").ReturnValue);
    }

    [Fact]
    public void Pointers_WhenArmed_ArePassedAsMarkers()
    {
        var call = FixtureProcess.Report("pointers").Armed();

        Assert.Equal(["<Pointer>", "<Pointer>"], call.Single("entry").Arguments);
        Assert.Equal("-21:Int32", call.Single("return").ReturnValue);
    }

    [Fact]
    public void FourteenParameters_WhenArmed_AreAllPassedInOrder()
    {
        var call = FixtureProcess.Report("many-parameters").Armed();

        Assert.Equal(
            ["1:Int32", "2:Int64", "\"three\"", "4.5:Double", "true", "'c'", "7:Byte", "8:Int16", "9.5:Single", "10.25:Decimal", "(11, 12):Point", "null", "13:Int32", "Friday:DayOfWeek"],
            call.Single("entry").Arguments);
    }

    [Fact]
    public void MethodWithOwnHandlersAndSwitch_WhenItCatchesItsOwnException_ReportsAReturnNotAThrow()
    {
        var report = FixtureProcess.Report("exception-handling");

        Assert.Equal("33:Int32", report.Armed("caught-inside").Single("return").ReturnValue);
        Assert.DoesNotContain(report.Armed("caught-inside").Events, recorded => recorded.Kind == "throw");
        var escaped = report.Armed("escapes").Single("throw");
        Assert.Equal("System.ArgumentException", escaped.ExceptionType);
        Assert.Equal("four", escaped.ExceptionMessage);
        Assert.DoesNotContain(report.Armed("escapes").Events, recorded => recorded.Kind == "return");
    }

    [Fact]
    public void EscapingException_WhenArmed_IsSeenOnceWithTypeAndMessage()
    {
        var report = FixtureProcess.Report("throws");

        var thrown = report.Armed().Single("throw");
        Assert.Equal("System.InvalidOperationException", thrown.ExceptionType);
        Assert.Equal("failed: boom", thrown.ExceptionMessage);
        Assert.True(thrown.ElapsedTicks > 0);
        Assert.Equal("-5:Int32", report.Armed("caught-by-caller-method").Result);
    }

    [Fact]
    public void Stackalloc_WhenArmed_Works()
    {
        var call = FixtureProcess.Report("stackalloc").Armed();

        Assert.Equal(["5:Int32"], call.Single("entry").Arguments);
        Assert.Equal("30:Int32", call.Single("return").ReturnValue);
    }

    [Fact]
    public void Recursion_WhenArmed_EachFrameHasItsOwnEntryReturnAndDuration()
    {
        var events = FixtureProcess.Report("recursion").Armed().Events;

        // Fibonacci(4) makes 9 calls.
        Assert.Equal(9, events.Count(recorded => recorded.Kind == "entry"));
        Assert.Equal(9, events.Count(recorded => recorded.Kind == "return"));
        Assert.Equal(9, events.Select(recorded => recorded.Frame).Distinct().Count());
        var outermost = events.First();
        var outermostReturn = events.Last();
        Assert.Equal(outermost.Frame, outermostReturn.Frame);
        Assert.Equal("3:Int32", outermostReturn.ReturnValue);
        Assert.All(events.Where(recorded => recorded.Kind == "return"), inner => Assert.True(inner.ElapsedTicks <= outermostReturn.ElapsedTicks));
    }
}
