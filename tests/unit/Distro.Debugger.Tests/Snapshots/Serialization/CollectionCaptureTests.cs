using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class CollectionCaptureTests
{
    private static readonly string[] s_oneTwoThree = [Cv.Int(1), Cv.Int(2), Cv.Int(3)];

    public static TheoryData<string, object, string> OneTwoThree => new()
    {
        { "array", new[] { 1, 2, 3 }, "System.Int32[]" },
        { "List", new List<int> { 1, 2, 3 }, "System.Collections.Generic.List<System.Int32>" },
        { "HashSet", new HashSet<int> { 1, 2, 3 }, "System.Collections.Generic.HashSet<System.Int32>" },
        { "SortedSet", new SortedSet<int> { 3, 1, 2 }, "System.Collections.Generic.SortedSet<System.Int32>" },
        { "Queue", new Queue<int>([1, 2, 3]), "System.Collections.Generic.Queue<System.Int32>" },
        { "Stack", new Stack<int>([3, 2, 1]), "System.Collections.Generic.Stack<System.Int32>" },
        { "LinkedList", new LinkedList<int>([1, 2, 3]), "System.Collections.Generic.LinkedList<System.Int32>" },
        { "Keys", new Dictionary<int, string> { [1] = "a", [2] = "b", [3] = "c" }.Keys, "System.Collections.Generic.Dictionary<System.Int32, System.String>+KeyCollection" },
        { "ImmutableArray", ImmutableArray.Create(1, 2, 3), "System.Collections.Immutable.ImmutableArray<System.Int32>" },
        { "ImmutableList", ImmutableList.Create(1, 2, 3), "System.Collections.Immutable.ImmutableList<System.Int32>" },
        { "ImmutableSortedSet", ImmutableSortedSet.Create(3, 2, 1), "System.Collections.Immutable.ImmutableSortedSet<System.Int32>" },
        { "ArraySegment", new ArraySegment<int>([0, 1, 2, 3, 4], 1, 3), "System.ArraySegment<System.Int32>" },
        { "Collection", new Collection<int>([1, 2, 3]), "System.Collections.ObjectModel.Collection<System.Int32>" },
        { "ReadOnlyCollection", new List<int> { 1, 2, 3 }.AsReadOnly(), "System.Collections.ObjectModel.ReadOnlyCollection<System.Int32>" },
        { "ObservableCollection", new ObservableCollection<int>([1, 2, 3]), "System.Collections.ObjectModel.ObservableCollection<System.Int32>" },
        { "ReadOnlyOfCollection", new ReadOnlyCollection<int>(new Collection<int>([1, 2, 3])), "System.Collections.ObjectModel.ReadOnlyCollection<System.Int32>" },
        { "ConcurrentQueue", new ConcurrentQueue<int>([1, 2, 3]), "System.Collections.Concurrent.ConcurrentQueue<System.Int32>" },
        { "ConcurrentStack", new ConcurrentStack<int>([3, 2, 1]), "System.Collections.Concurrent.ConcurrentStack<System.Int32>" },
        { "BlockingCollection", new BlockingCollection<int>(new ConcurrentQueue<int>([1, 2, 3])), "System.Collections.Concurrent.BlockingCollection<System.Int32>" },
        { "Memory", new Memory<int>([1, 2, 3]), "System.Memory<System.Int32>" },
        { "ReadOnlyMemory", new ReadOnlyMemory<int>([9, 1, 2, 3], 1, 3), "System.ReadOnlyMemory<System.Int32>" },
        { "ArrayList", new ArrayList { 1, 2, 3 }, "System.Collections.ArrayList" },
        { "UserList", new NumberList { 1, 2, 3 }, "Distro.Debugger.Tests.Snapshots.Serialization.CollectionCaptureTests+NumberList" },
    };

    [Theory]
    [MemberData(nameof(OneTwoThree))]
    public void WriteValue_AllowListedCollection_WritesElementsInOrderWithSize(string label, object collection, string type)
    {
        Assert.NotEmpty(label);
        Assert.Equal(Cv.Elements(type, 3, s_oneTwoThree), Capture.Json(collection));
    }

    public static TheoryData<string, object, string> SingleItem => new()
    {
        { "ImmutableHashSet", ImmutableHashSet.Create(1), "System.Collections.Immutable.ImmutableHashSet<System.Int32>" },
        { "FrozenSet", new[] { 1 }.ToFrozenSet(), "System.Collections.Frozen." },
        { "ConcurrentBag", new ConcurrentBag<int>([1]), "System.Collections.Concurrent.ConcurrentBag<System.Int32>" },
    };

    [Theory]
    [MemberData(nameof(SingleItem))]
    public void WriteValue_UnorderedCollection_WritesItsElements(string label, object collection, string type)
    {
        var json = Capture.Element(collection);

        Assert.NotEmpty(label);
        Assert.StartsWith(type, json.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal("1", Assert.Single(json.GetProperty("elements").EnumerateArray()).GetProperty("value").GetString());
        Assert.Equal(1, json.GetProperty("size").GetInt32());
    }

    [Fact]
    public void WriteValue_WiderThanLimit_WritesFirstItemsTruncatedWithSize()
    {
        var expected = Cv.Elements("System.Collections.Generic.List<System.Int32>", 30, [.. Enumerable.Range(0, 20).Select(Cv.Int)]);

        Assert.Equal(expected, Capture.Json(Enumerable.Range(0, 30).ToList()));
    }

    [Fact]
    public void WriteValue_WidthZero_WritesNoElementsButTheSize() =>
        Assert.Equal(
            Cv.Elements("System.Int32[]", 2),
            Capture.Json(new[] { 1, 2 }, limits: new CaptureLimits(MaxCollectionWidth: 0)));

    [Fact]
    public void WriteValue_EmptyList_HasSizeZero() =>
        Assert.Equal(Cv.Elements("System.Collections.Generic.List<System.String>", 0), Capture.Json(new List<string>()));

    [Fact]
    public void WriteValue_MultiDimensionalArray_WritesElementsInRowMajorOrder() =>
        Assert.Equal(
            Cv.Elements("System.Int32[,]", 6, [.. new[] { 1, 2, 3, 4, 5, 6 }.Select(Cv.Int)]),
            Capture.Json(new[,] { { 1, 2, 3 }, { 4, 5, 6 } }));

    [Fact]
    public void WriteValue_JaggedArray_WritesNestedElements() =>
        Assert.Equal(
            Cv.Elements("System.Int32[][]", 2, Cv.Elements("System.Int32[]", 1, Cv.Int(1)), Cv.Null("System.Int32[]")),
            Capture.Json(new[] { new[] { 1 }, null }));

    [Fact]
    public void WriteValue_NullElements_AreNamedByTheElementType() =>
        Assert.Equal(
            Cv.Elements(
                "System.Collections.Generic.List<System.Nullable<System.Int32>>", 2,
                Cv.Value("System.Nullable<System.Int32>", "1"), Cv.Null("System.Nullable<System.Int32>")),
            Capture.Json(new List<int?> { 1, null }));

    [Fact]
    public void WriteValue_ObjectElements_AreNamedByTheirRuntimeType() =>
        Assert.Equal(
            Cv.Elements("System.Object[]", 3, Cv.Int(1), Cv.Str("a"), Cv.Null("System.Object")),
            Capture.Json(new object?[] { 1, "a", null }));

    [Fact]
    public void WriteValue_DefaultImmutableArray_IsNull() =>
        Assert.Equal(Cv.Null("System.Collections.Immutable.ImmutableArray<System.Int32>"), Capture.Json(default(ImmutableArray<int>)));

    [Fact]
    public void WriteValue_DefaultArraySegment_IsNull() =>
        Assert.Equal(Cv.Null("System.ArraySegment<System.Int32>"), Capture.Json(default(ArraySegment<int>)));

    [Fact]
    public void WriteValue_ReadOnlyMemoryOfString_WritesCharacters() =>
        Assert.Equal(
            Cv.Elements("System.ReadOnlyMemory<System.Char>", 4, Cv.Value("System.Char", "e"), Cv.Value("System.Char", "l")),
            Capture.Json("hello".AsMemory(1), limits: new CaptureLimits(MaxCollectionWidth: 2)));

    [Fact]
    public void WriteValue_ArrayOfPointers_ReportsEachElementAsPointer()
    {
        var pointerType = typeof(int).MakePointerType();

        Assert.Equal(
            Cv.Elements("System.Int32*[]", 2, Cv.NotCaptured("System.Int32*", "pointer"), Cv.NotCaptured("System.Int32*", "pointer")),
            Capture.Json(Array.CreateInstance(pointerType, 2)));
    }

    [Fact]
    public void WriteValue_ArrayWithNonZeroLowerBound_WritesItsElements()
    {
        var array = Array.CreateInstance(typeof(int), [2], [5]);
        array.SetValue(7, 5);
        array.SetValue(8, 6);

        Assert.Equal(Cv.Elements("System.Int32[*]", 2, Cv.Int(7), Cv.Int(8)), Capture.Json(array));
    }

    [Fact]
    public void WriteValue_MemoryOverMemoryManager_IsNotEnumerableAndManagerNotCalled()
    {
        using var manager = new RecordingMemoryManager();
        var memory = manager.Memory;
        manager.WasCalled = false;

        var json = Capture.Json(memory);

        Assert.Equal(Cv.NotCaptured("System.Memory<System.Int32>", "not-enumerable"), json);
        Assert.False(manager.WasCalled);
    }

    public sealed class NumberList : List<int>;

    private sealed class RecordingMemoryManager : MemoryManager<int>
    {
        public bool WasCalled { get; set; }

        public override Span<int> GetSpan()
        {
            WasCalled = true;
            return [];
        }

        public override MemoryHandle Pin(int elementIndex = 0)
        {
            WasCalled = true;
            return default;
        }

        public override void Unpin() => WasCalled = true;

        protected override void Dispose(bool disposing)
        {
        }

        protected override bool TryGetArray(out ArraySegment<int> segment)
        {
            WasCalled = true;
            segment = default;
            return false;
        }
    }
}
