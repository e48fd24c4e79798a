using Distro.Debugger.Snapshots.Serialization;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>
/// Objects whose fields all hold numbers, times, ids, booleans or strings are written in one piece; what is written
/// must be exactly what the field-by-field path writes, which these tests take from values written on their own.
/// </summary>
public class FlatObjectCaptureTests
{
    private const string HolderType = "Distro.Debugger.Tests.Snapshots.Serialization.FlatObjectCaptureTests+TextHolder";

    public static TheoryData<string?> Texts => new()
    {
        "plain",
        string.Empty,
        null,
        "a \"quoted\" word",
        "back\\slash",
        "line\nbreak and\ttab",
        "\u0001 control",
        "é ü ß 中文",
        "emoji 😀",
        "lone \ud800 surrogate",
        "</script> & 'apostrophes' + plus",
        new string('a', 300),
        new string('a', 254) + "😀" + "tail",
        new string('é', 400),
    };

    [Fact]
    public void Layout_ObjectOfScalarsAndStrings_IsFlat() =>
        Assert.NotNull(TypeMetadataCache.Get(typeof(TextHolder)).Flat);

    [Fact]
    public void Layout_ObjectWithAnObjectField_IsNotFlat() =>
        Assert.Null(TypeMetadataCache.Get(typeof(Nested)).Flat);

    [Theory]
    [InlineData("plain", true)]
    [InlineData("é 中文", true)]
    [InlineData("needs \"escaping\"", false)]
    [InlineData("line\nbreak", false)]
    [InlineData(null, false)]
    public void TryWrite_Text_WritesInOnePieceOnlyWhatNeedsNoEscaping(string? text, bool inOnePiece)
    {
        // A lone surrogate cannot travel in an attribute; null stands for it here.
        text ??= "lone " + (char)0xD800 + " surrogate";
        var layout = TypeMetadataCache.Get(typeof(TextHolder)).Flat!;
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = Capture.Writer(output);

        var written = FlatObjectWriter.TryWrite(
            writer, layout, TypeMetadataCache.Get(typeof(TextHolder)).EncodedName, new TextHolder { Text = text }, CaptureLimits.Default, Distro.Debugger.Snapshots.Serialization.Redaction.RedactionPolicy.Default, Capture.GenerousBudget());
        writer.Flush();

        Assert.Equal(inOnePiece, written);
        Assert.Equal(inOnePiece, output.WrittenCount > 0);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void WriteValue_FlatObject_WritesWhatEachValueWritesOnItsOwn(string? text)
    {
        var holder = new TextHolder { Text = text, Number = -7, When = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc), Done = true };

        var json = Capture.Json(holder);

        var expected = Cv.Fields(
            HolderType,
            "\"Text\":" + Capture.Json(text, typeof(string)) +
            ",\"Number\":" + Cv.Int(-7) +
            ",\"When\":" + Cv.Value("System.DateTime", "2026-11-26T10:00:00.0000000Z") +
            ",\"Done\":" + Cv.Bool(true));
        Assert.Equal(expected, json);
    }

    [Fact]
    public void WriteValue_FlatObjectWithARedactedField_RedactsIt()
    {
        var json = Capture.Json(new Credentials { User = "ada", Password = "hunter2" });

        Assert.Contains("\"Password\":" + Cv.NotCaptured("System.String", "redacted"), json, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteValue_FlatObjectWithMoreFieldsThanTheLimit_IsCutLikeAnyObject()
    {
        var json = Capture.Json(new TextHolder { Text = "x" }, limits: CaptureLimits.Default with { MaxFieldsPerObject = 2 });

        var fields = Cv.Fields(HolderType, "\"Text\":" + Cv.Str("x") + ",\"Number\":" + Cv.Int(0));
        Assert.Equal(fields[..^1] + ",\"truncated\":true,\"size\":4}", json);
    }

    [Fact]
    public void WriteValue_FlatObjectWhenTheBudgetIsSpent_WritesTimeouts()
    {
        var json = Capture.Json(new TextHolder { Text = "x" }, budget: CaptureBudget.Start(TimeSpan.Zero));

        Assert.Equal(Cv.NotCaptured(HolderType, "timeout"), json);
    }

    [Fact]
    public void WriteValue_FlatObjectInsideAList_IsSeparatedFromItsNeighbours()
    {
        var json = Capture.Json(new List<TextHolder> { new() { Text = "a" }, new() { Text = "b" } });

        Assert.Contains("}}},{\"type\":\"" + HolderType, json, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("elements").GetArrayLength());
    }

    [Fact]
    public void WriteValue_FlatStructWithPrivateFields_WritesWhatEachValueWritesOnItsOwn()
    {
        var amount = new Amount(12.50m, new Guid("8d6b3c1e-5b1f-4f0e-9a57-0c2d9a7e4b11"));

        var json = Capture.Json(amount);

        var expected = Cv.Fields(
            "Distro.Debugger.Tests.Snapshots.Serialization.FlatObjectCaptureTests+Amount",
            "\"_value\":" + Capture.Json(12.50m, typeof(decimal)) +
            ",\"_ledger\":" + Capture.Json(amount.Ledger, typeof(Guid)));
        Assert.Equal(expected, json);
    }

    [Fact]
    public void WriteValue_FlatObjectWithInheritedFields_WritesTheBaseFieldsToo()
    {
        var json = Capture.Json(new DerivedCounter(5, "jobs"));

        Assert.Contains("\"_count\":" + Cv.Int(5), json, StringComparison.Ordinal);
        Assert.Contains("\"Label\":" + Cv.Str("jobs"), json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1.2.3.4")]
    public void WriteValue_FlatObjectWithAVersion_WritesWhatTheVersionWritesOnItsOwn(string? version)
    {
        var parsed = version is null ? null : Version.Parse(version);

        var json = Capture.Json(new Release { Version = parsed });

        var expected = Cv.Fields(
            "Distro.Debugger.Tests.Snapshots.Serialization.FlatObjectCaptureTests+Release",
            "\"Version\":" + Capture.Json(parsed, typeof(Version)));
        Assert.Equal(expected, json);
    }

    internal readonly struct Amount(decimal value, Guid ledger)
    {
        private readonly decimal _value = value;
        private readonly Guid _ledger = ledger;

        public Guid Ledger => _ledger;

        public decimal Value => _value;
    }

    internal class Counter(int count)
    {
        private readonly int _count = count;

        public int Count => _count;
    }

    internal sealed class DerivedCounter(int count, string label) : Counter(count)
    {
        public string Label = label;
    }

    internal sealed class Release
    {
        public Version? Version;
    }

    internal sealed class TextHolder
    {
        public string? Text;
        public int Number;
        public DateTime When;
        public bool Done;
    }

    internal sealed class Credentials
    {
        public string? User;
        public string? Password;
    }

    internal sealed class Nested
    {
        public TextHolder? Inner { get; init; }

        public int Count { get; init; }
    }
}
