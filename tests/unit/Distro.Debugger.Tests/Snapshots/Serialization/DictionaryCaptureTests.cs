using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class DictionaryCaptureTests
{
    public static TheoryData<string, object, string> OneEntry => new()
    {
        { "Dictionary", new Dictionary<string, int> { ["a"] = 1 }, "System.Collections.Generic.Dictionary<System.String, System.Int32>" },
        { "SortedDictionary", new SortedDictionary<string, int> { ["a"] = 1 }, "System.Collections.Generic.SortedDictionary<System.String, System.Int32>" },
        { "SortedList", new SortedList<string, int> { ["a"] = 1 }, "System.Collections.Generic.SortedList<System.String, System.Int32>" },
        { "ConcurrentDictionary", new ConcurrentDictionary<string, int> { ["a"] = 1 }, "System.Collections.Concurrent.ConcurrentDictionary<System.String, System.Int32>" },
        { "ImmutableDictionary", ImmutableDictionary<string, int>.Empty.Add("a", 1), "System.Collections.Immutable.ImmutableDictionary<System.String, System.Int32>" },
        { "ImmutableSortedDictionary", ImmutableSortedDictionary<string, int>.Empty.Add("a", 1), "System.Collections.Immutable.ImmutableSortedDictionary<System.String, System.Int32>" },
        { "ReadOnlyDictionary", new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { ["a"] = 1 }), "System.Collections.ObjectModel.ReadOnlyDictionary<System.String, System.Int32>" },
        { "UserDictionary", new Counts { ["a"] = 1 }, "Distro.Debugger.Tests.Snapshots.Serialization.DictionaryCaptureTests+Counts" },
    };

    [Theory]
    [MemberData(nameof(OneEntry))]
    public void WriteValue_AllowListedDictionary_WritesEntriesWithSize(string label, object dictionary, string type)
    {
        Assert.NotEmpty(label);
        Assert.Equal(Cv.Entries(type, 1, Cv.Entry(Cv.Str("a"), Cv.Int(1))), Capture.Json(dictionary));
    }

    [Fact]
    public void WriteValue_FrozenDictionary_WritesEntries()
    {
        var json = Capture.Element(new Dictionary<string, int> { ["a"] = 1 }.ToFrozenDictionary());

        var entry = Assert.Single(json.GetProperty("entries").EnumerateArray());
        Assert.Equal("a", entry.GetProperty("key").GetProperty("value").GetString());
        Assert.Equal("1", entry.GetProperty("value").GetProperty("value").GetString());
    }

    [Fact]
    public void WriteValue_Hashtable_WritesEntriesWithRuntimeTypes() =>
        Assert.Equal(
            Cv.Entries("System.Collections.Hashtable", 1, Cv.Entry(Cv.Str("a"), Cv.Int(1))),
            Capture.Json(new Hashtable { ["a"] = 1 }));

    [Fact]
    public void WriteValue_WiderThanLimit_WritesFirstEntriesTruncatedWithSize()
    {
        var dictionary = Enumerable.Range(0, 5).ToDictionary(i => i, i => i * 10);

        Assert.Equal(
            Cv.Entries(
                "System.Collections.Generic.Dictionary<System.Int32, System.Int32>", 5,
                Cv.Entry(Cv.Int(0), Cv.Int(0)), Cv.Entry(Cv.Int(1), Cv.Int(10))),
            Capture.Json(dictionary, limits: new CaptureLimits(MaxCollectionWidth: 2)));
    }

    [Fact]
    public void WriteValue_NullValue_IsNamedByTheValueType() =>
        Assert.Equal(
            Cv.Entries("System.Collections.Generic.Dictionary<System.String, System.String>", 1, Cv.Entry(Cv.Str("a"), Cv.Null("System.String"))),
            Capture.Json(new Dictionary<string, string?> { ["a"] = null }));

    public sealed class Counts : Dictionary<string, int>;
}
