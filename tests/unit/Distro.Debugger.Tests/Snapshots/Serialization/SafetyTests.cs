using System.Collections.ObjectModel;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>The serializer never runs user code: each test would record a call if it did.</summary>
public class SafetyTests
{
    private const string TrapType = "Distro.Debugger.Tests.Snapshots.Serialization.Trap";

    [Fact]
    public void WriteValue_ObjectWithHostileMembers_ReadsFieldsOnly()
    {
        var calls = new CallRecorder();

        var json = Capture.Element(new Trap(calls));

        var fields = json.GetProperty("fields");
        Assert.Equal(TrapType, json.GetProperty("type").GetString());
        Assert.Equal(["recorder", "_luckyNumber"], fields.EnumerateObject().Select(f => f.Name));
        Assert.Equal(Cv.Int(7), fields.GetProperty("_luckyNumber").GetRawText());
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_HostileObjectsInsideCollections_AreNotHashedComparedOrPrinted()
    {
        var calls = new CallRecorder { IsArmed = false };
        var trap = new Trap(calls);
        var graph = new object[]
        {
            new List<Trap> { trap },
            new HashSet<Trap> { trap },
            new Dictionary<Trap, int> { [trap] = 1 },
            new SortedDictionary<string, Trap>(new RecordingComparer(calls)) { ["a"] = trap, ["b"] = trap },
            new Dictionary<string, int>(new RecordingComparer(calls)) { ["a"] = 1 },
            new Holder { Content = trap },
        };
        calls.IsArmed = true;

        Capture.Json(graph, limits: new(MaxCollectionDepth: 5, MaxObjectDepth: 5));

        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_UserEnumerable_IsWrittenByItsFieldsWithoutEnumerating()
    {
        var calls = new CallRecorder();

        var json = Capture.Element(new RecordingEnumerable(calls));

        Assert.Equal(2, json.GetProperty("fields").GetProperty("_items").GetProperty("size").GetInt32());
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_UserQueryable_IsNotEnumerableAndNeverExecuted()
    {
        var calls = new CallRecorder();

        var json = Capture.Json(new RecordingQueryable(calls));

        Assert.Equal(Cv.NotCaptured("Distro.Debugger.Tests.Snapshots.Serialization.RecordingQueryable", "not-enumerable"), json);
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_LazyLinqQuery_IsNotEnumerable()
    {
        var calls = new CallRecorder();
        var query = Enumerable.Range(0, 3).Select(i =>
        {
            calls.Record("selector");
            return i;
        });

        var json = Capture.Element(query);

        Assert.Equal("not-enumerable", json.GetProperty("not_captured_reason").GetString());
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_Iterator_IsNotEnumerable()
    {
        var calls = new CallRecorder();

        var json = Capture.Element(Iterate(calls));

        Assert.Equal("not-enumerable", json.GetProperty("not_captured_reason").GetString());
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_ListSubclassReimplementingEnumeration_IsReadThroughList()
    {
        var calls = new CallRecorder();
        var list = new ReimplementingList(calls) { 1, 2 };

        var json = Capture.Json(list);

        Assert.Equal(Cv.Elements("Distro.Debugger.Tests.Snapshots.Serialization.ReimplementingList", 2, Cv.Int(1), Cv.Int(2)), json);
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_UserHashtableSubclass_IsNotEnumeratedThroughItsOverrides()
    {
        var calls = new CallRecorder { IsArmed = false };
        var table = new OverridingHashtable(calls) { ["a"] = 1 };
        calls.IsArmed = true;

        var json = Capture.Element(table);

        Assert.True(json.TryGetProperty("fields", out _));
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_BclWrappersOverUserCollections_AreNotEnumerable()
    {
        var calls = new CallRecorder();
        var user = new RecordingList(calls);

        var wrapped = Capture.Json(new Collection<int>(user));
        var readOnly = Capture.Json(new ReadOnlyDictionary<string, int>(user));

        Assert.Equal(Cv.NotCaptured("System.Collections.ObjectModel.Collection<System.Int32>", "not-enumerable"), wrapped);
        Assert.Equal(Cv.NotCaptured("System.Collections.ObjectModel.ReadOnlyDictionary<System.String, System.Int32>", "not-enumerable"), readOnly);
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_TypeDelegatorWithUserName_IsReadByItsFields()
    {
        var calls = new CallRecorder();

        var json = Capture.Element(new RecordingTypeDelegator(calls));

        Assert.Equal("System.Int32", json.GetProperty("fields").GetProperty("typeImpl").GetProperty("value").GetString());
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_BlockingGetter_IsNeverCalled()
    {
        var calls = new CallRecorder();

        Capture.Json(new BlockingGetter(calls));

        Assert.Empty(calls.Calls);
    }

    [Fact]
    public void WriteValue_TypesWithStaticConstructor_NeverRunIt()
    {
        var holder = new TrapHolder();

        var json = Capture.Element(holder);
        Capture.Json(null, typeof(StaticInitTrap));

        Assert.Equal("Distro.Debugger.Tests.Snapshots.Serialization.StaticInitTrap", json.GetProperty("fields").GetProperty("Trap").GetProperty("type").GetString());
        Assert.False(StaticInitProbe.Ran);
    }

    private static IEnumerable<int> Iterate(CallRecorder calls)
    {
        calls.Record("iterator body");
        yield return 1;
    }
}
