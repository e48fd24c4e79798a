using Distro.Debugger.Snapshots.Serialization;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class DepthAndCycleTests
{
    private const string NodeType = "Shop.Node";
    private const string NodeListType = "System.Collections.Generic.List<Shop.Node>";

    [Fact]
    public void WriteValue_ChainDeeperThanObjectDepth_CutsTheObjectAtTheLimit()
    {
        var chain = Chain(5);

        Assert.Equal(
            NodeJson(0, NodeJson(1, NodeJson(2, Cv.NotCaptured(NodeType, "depth")))),
            Capture.Json(chain, limits: new CaptureLimits(MaxCollectionDepth: 0)));
    }

    [Fact]
    public void WriteValue_PrimitiveAtObjectDepth_IsStillWritten()
    {
        var holder = new Holder { Content = new Holder { Content = new Holder { Content = 7 } } };

        var json = Capture.Element(holder, limits: new CaptureLimits(MaxObjectDepth: 3));

        var innermost = json.GetProperty("fields").GetProperty("Content").GetProperty("fields").GetProperty("Content").GetProperty("fields").GetProperty("Content");
        Assert.Equal("7", innermost.GetProperty("value").GetString());
    }

    [Fact]
    public void WriteValue_ObjectDepthZero_CutsTheTopLevelObject() =>
        Assert.Equal(Cv.NotCaptured("Shop.Item", "depth"), Capture.Json(new Item("a", 1), limits: new CaptureLimits(MaxObjectDepth: 0)));

    [Fact]
    public void WriteValue_CollectionsNestedDeeperThanCollectionDepth_CutsTheInnermost()
    {
        var nested = new List<List<List<List<int>>>> { new() { new() { new() { 1 } } } };
        const string Level3 = "System.Collections.Generic.List<System.Int32>";
        const string Level2 = "System.Collections.Generic.List<System.Collections.Generic.List<System.Int32>>";
        const string Level1 = "System.Collections.Generic.List<System.Collections.Generic.List<System.Collections.Generic.List<System.Int32>>>";
        const string Level0 = "System.Collections.Generic.List<System.Collections.Generic.List<System.Collections.Generic.List<System.Collections.Generic.List<System.Int32>>>>";

        Assert.Equal(
            Cv.Elements(Level0, 1, Cv.Elements(Level1, 1, Cv.Elements(Level2, 1, Cv.NotCaptured(Level3, "depth")))),
            Capture.Json(nested));
    }

    [Fact]
    public void WriteValue_ObjectReferencingItself_CutsTheCycle()
    {
        var node = new Node { Value = 1 };
        node.Next = node;

        Assert.Equal(
            Cv.Fields(NodeType, $"""
                "Value":{Cv.Int(1)},"Next":{Cv.NotCaptured(NodeType, "cycle")},"Children":{Cv.Elements(NodeListType, 0)}
                """),
            Capture.Json(node));
    }

    [Fact]
    public void WriteValue_ListContainingItself_CutsTheCycle()
    {
        var list = new List<object>();
        list.Add(list);
        const string ListType = "System.Collections.Generic.List<System.Object>";

        Assert.Equal(Cv.Elements(ListType, 1, Cv.NotCaptured(ListType, "cycle")), Capture.Json(list));
    }

    [Fact]
    public void WriteValue_CycleThroughDictionary_CutsTheCycle()
    {
        var registry = new Dictionary<string, object>();
        var holder = new Holder { Content = registry };
        registry["self"] = holder;

        Assert.Equal(
            Cv.Fields("Shop.Holder", $"""
                "Content":{Cv.Entries("System.Collections.Generic.Dictionary<System.String, System.Object>", 1, Cv.Entry(Cv.Str("self"), Cv.NotCaptured("Shop.Holder", "cycle")))}
                """),
            Capture.Json(holder));
    }

    [Fact]
    public void WriteValue_SameObjectTwiceOutsideACycle_IsWrittenBothTimes()
    {
        var shared = new Item("pen", 1);
        var itemJson = Cv.Fields("Shop.Item", $""" "Name":{Cv.Str("pen")},"Quantity":{Cv.Int(1)}""".Trim());

        Assert.Equal(
            Cv.Fields("Shop.Pair", $""" "Left":{itemJson},"Right":{itemJson}""".Trim()),
            Capture.Json(new Pair { Left = shared, Right = shared }));
    }

    [Fact]
    public void WriteValue_SameCollectionInTwoFields_IsWrittenBothTimes()
    {
        var shared = new List<int> { 1 };
        var listJson = Cv.Elements("System.Collections.Generic.List<System.Int32>", 1, Cv.Int(1));

        Assert.Equal(
            Cv.Fields("Shop.Pair", $""" "Left":{listJson},"Right":{listJson}""".Trim()),
            Capture.Json(new Pair { Left = shared, Right = shared }));
    }

    private static Node Chain(int length)
    {
        var head = new Node { Value = 0 };
        var current = head;
        for (var i = 1; i < length; i++)
        {
            current.Next = new Node { Value = i };
            current = current.Next;
        }

        return head;
    }

    // With MaxCollectionDepth 0 every Children list is cut where it stands.
    private static string NodeJson(int value, string next) =>
        Cv.Fields(NodeType, $"""
            "Value":{Cv.Int(value)},"Next":{next},"Children":{Cv.NotCaptured(NodeListType, "depth")}
            """);
}
