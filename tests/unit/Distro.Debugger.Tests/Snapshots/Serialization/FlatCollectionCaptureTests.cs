using System.Buffers;
using Distro.Debugger.Snapshots.Serialization;
using Distro.Debugger.Snapshots.Serialization.Metadata;
using Distro.Debugger.Snapshots.Serialization.Readers;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>
/// Collections whose elements are all objects of one flat type are written in one piece; what is written must be
/// exactly what the walker writes element by element, which these tests take from each element written on its own.
/// </summary>
public class FlatCollectionCaptureTests
{
    private const string ItemType = "Distro.Debugger.Tests.Snapshots.Serialization.FlatCollectionCaptureTests+Item";

    [Fact]
    public void TryWrite_ListOfFlatObjects_WritesInOnePiece()
    {
        var written = TryWriteInOnePiece(Items(3));

        Assert.True(written);
    }

    [Fact]
    public void TryWrite_ListWithANullElement_Declines()
    {
        var items = Items(3);
        items[1] = null!;

        var written = TryWriteInOnePiece(items);

        Assert.False(written);
    }

    [Fact]
    public void WriteValue_ListOfFlatObjects_WritesWhatEachElementWritesOnItsOwn()
    {
        var items = Items(3);

        var json = Capture.Json(items);

        Assert.Equal(Cv.Elements(NameOf(items), 3, [.. items.Select(item => Capture.Json(item))]), json);
    }

    [Fact]
    public void WriteValue_ListWiderThanTheLimit_WritesTheFirstElementsTruncationAndSize()
    {
        var items = Items(25);

        var json = Capture.Json(items);

        Assert.Equal(Cv.Elements(NameOf(items), 25, [.. items.Take(CaptureLimits.Default.MaxCollectionWidth).Select(item => Capture.Json(item))]), json);
    }

    [Fact]
    public void WriteValue_ArrayOfFlatStructs_WritesWhatEachElementWritesOnItsOwn()
    {
        Point[] points = [new(1, 2.5), new(-3, 0)];

        var json = Capture.Json(points);

        Assert.Equal(Cv.Elements(NameOf(points), 2, [.. points.Select(point => Capture.Json(point))]), json);
    }

    [Fact]
    public void WriteValue_ListWithANullElement_WritesTheNullAmongTheOthers()
    {
        var items = Items(3);
        items[1] = null!;

        var json = Capture.Json(items);

        Assert.Equal(Cv.Elements(NameOf(items), 3, Capture.Json(items[0]), Cv.Null(ItemType), Capture.Json(items[2])), json);
    }

    [Fact]
    public void WriteValue_ElementWhoseTextNeedsEscaping_WritesItEscaped()
    {
        var items = Items(2);
        items[1].Name = "a \"quoted\" name";

        var json = Capture.Json(items);

        Assert.Equal(Cv.Elements(NameOf(items), 2, Capture.Json(items[0]), Capture.Json(items[1])), json);
        var name = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("elements")[1].GetProperty("fields").GetProperty("Name");
        Assert.Equal("a \"quoted\" name", name.GetProperty("value").GetString());
    }

    [Fact]
    public void WriteValue_ElementsBeyondTheObjectDepth_AreNotExpanded()
    {
        var items = Items(2);

        var json = Capture.Json(items, limits: CaptureLimits.Default with { MaxObjectDepth = 1 });

        Assert.Equal(Cv.Elements(NameOf(items), 2, Cv.NotCaptured(ItemType, "depth"), Cv.NotCaptured(ItemType, "depth")), json);
    }

    [Fact]
    public void WriteValue_ElementWithARedactedField_RedactsItInEveryElement()
    {
        var items = Items(2);
        var policy = new RedactionPolicy(["name"], [], [], []);

        var json = Capture.Json(items, redaction: policy);

        Assert.Equal(2, json.Split("\"Name\":" + Cv.NotCaptured("System.String", "redacted")).Length - 1);
        Assert.DoesNotContain("item-", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteValue_ListWhenTheBudgetIsSpent_WritesTimeouts()
    {
        var json = Capture.Json(new { Items = Items(2) }, budget: CaptureBudget.Start(TimeSpan.Zero));

        Assert.DoesNotContain("item-", json, StringComparison.Ordinal);
        Assert.Contains("timeout", json, StringComparison.Ordinal);
    }

    private static List<Item> Items(int count) =>
        [.. Enumerable.Range(1, count).Select(index => new Item { Name = $"item-{index}", Quantity = index, Price = index * 1.25m })];

    private static string NameOf(object collection) => TypeMetadataCache.Get(collection.GetType()).EncodedName.ToString();

    private static bool TryWriteInOnePiece(List<Item> items)
    {
        var metadata = TypeMetadataCache.Get(typeof(Item));
        var output = new ArrayBufferWriter<byte>();
        using var writer = Capture.Writer(output);
        var elements = items.Cast<object?>().ToArray();
        var written = FlatCollectionWriter.TryWrite(
            writer,
            TypeMetadataCache.Get(items.GetType()).EncodedName,
            metadata,
            metadata.Flat!,
            elements,
            CollectionRead.Of(elements.Length, elements.Length),
            CaptureLimits.Default,
            RedactionPolicy.Default,
            Capture.GenerousBudget());
        writer.Flush();
        Assert.Equal(written, output.WrittenCount > 0);
        return written;
    }

    internal sealed class Item
    {
        public string Name { get; set; } = string.Empty;

        public int Quantity { get; set; }

        public decimal Price { get; set; }
    }

    internal readonly record struct Point(int X, double Y);
}
