using Distro.Debugger.Snapshots.Serialization;
using Distro.Hooks;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class NamedValuesTests
{
    [Fact]
    public void WriteNamedValues_Arguments_WritesOneCapturedValuePerName() =>
        Assert.Equal(
            $$"""{"id":{{Cv.Int(7)}},"label":{{Cv.Null("System.String")}},"result":{{Cv.NotCaptured("System.Int32", "unassigned")}}}""",
            Capture.NamedValuesJson(
            [
                new("id", 7, typeof(int)),
                new("label", null, typeof(string)),
                new("result", UncapturedValue.For(UncapturedReason.NotYetAssigned), typeof(int).MakeByRefType()),
            ]));

    [Fact]
    public void WriteNamedValues_NoValues_WritesAnEmptyObject() =>
        Assert.Equal("{}", Capture.NamedValuesJson([]));

    [Fact]
    public void WriteNamedValues_ShareOneBudget_AcrossValues()
    {
        var budget = CaptureBudget.Start(TimeSpan.Zero);

        var json = Capture.NamedValuesJson([new("a", 1, typeof(int)), new("b", 2, typeof(int))], budget: budget);

        Assert.Equal($$"""{"a":{{Cv.NotCaptured("System.Int32", "timeout")}},"b":{{Cv.NotCaptured("System.Int32", "timeout")}}}""", json);
    }

    [Fact]
    public void ValueSerializer_MissingArguments_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new ValueSerializer(null!, Distro.Debugger.Snapshots.Serialization.Redaction.RedactionPolicy.Default));
        Assert.Throws<ArgumentNullException>(() => Capture.Serializer().WriteValue(null!, null, 1, null, Capture.GenerousBudget()));
    }
}
