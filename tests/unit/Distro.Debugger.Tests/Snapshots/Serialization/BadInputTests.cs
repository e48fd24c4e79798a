using System.Reflection;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class BadInputTests
{
    [Fact]
    public void WriteValue_TenThousandDeepChain_StopsAtTheDepthLimit()
    {
        var head = new Node();
        var current = head;
        for (var i = 0; i < 10_000; i++)
        {
            current.Next = new Node { Value = i };
            current = current.Next;
        }

        var json = Capture.Json(head);

        Assert.True(json.Length < 2_000, $"{json.Length} characters");
        Assert.Contains("\"not_captured_reason\":\"depth\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteValue_TenThousandDeepNestingWithHugeLimits_StaysWithinTheWriterAndTheStack()
    {
        object nested = 1;
        for (var i = 0; i < 10_000; i++)
        {
            nested = new Holder { Content = new List<object> { nested } };
        }

        var json = Capture.Json(nested, limits: new(MaxObjectDepth: int.MaxValue, MaxCollectionDepth: int.MaxValue));

        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2_000 });
        Assert.Contains("\"not_captured_reason\":\"depth\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteValue_TenMegabyteString_WritesTheLimitAndTheFullSize()
    {
        var huge = new string('x', 10 * 1024 * 1024);

        var json = Capture.Element(huge);

        Assert.Equal(255, json.GetProperty("value").GetString()!.Length);
        Assert.Equal(huge.Length, json.GetProperty("size").GetInt32());
    }

    [Fact]
    public void WriteValue_TenMillionItemList_WritesTheWidthAndTheFullSize()
    {
        var huge = new List<int>(Enumerable.Repeat(1, 10_000_000));

        var json = Capture.Element(huge);

        Assert.Equal(20, json.GetProperty("elements").GetArrayLength());
        Assert.Equal(10_000_000, json.GetProperty("size").GetInt32());
        Assert.True(json.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public void WriteValue_ExhaustedBudget_WritesEveryValueAsTimeout()
    {
        var budget = CaptureBudget.Start(TimeSpan.Zero);

        var json = Capture.NamedValuesJson(
            [new("count", 3, typeof(int)), new("item", new Item("pen", 1), typeof(Item)), new("note", null, typeof(string))],
            budget: budget);

        Assert.Equal(
            $$"""{"count":{{Cv.NotCaptured("System.Int32", "timeout")}},"item":{{Cv.NotCaptured("Shop.Item", "timeout")}},"note":{{Cv.NotCaptured("System.String", "timeout")}}}""",
            json);
        Assert.True(budget.IsExhausted);
    }

    [Fact]
    public void CaptureBudget_LongBudget_IsNotExhausted() =>
        Assert.False(CaptureBudget.Start(TimeSpan.FromHours(1)).IsExhausted);

    [Fact]
    public void CaptureBudget_MaximalBudget_DoesNotOverflow() =>
        Assert.False(CaptureBudget.Start(TimeSpan.MaxValue).IsExhausted);

    [Fact]
    public async Task WriteValue_CollectionsMutatedByAnotherThread_NeverThrowAndStayWellFormed()
    {
        var list = new List<int>(Enumerable.Range(0, 100));
        var dictionary = Enumerable.Range(0, 100).ToDictionary(i => i, i => i);
        using var stop = new CancellationTokenSource();
        var mutator = Task.Run(() => Mutate(list, dictionary, stop.Token));
        try
        {
            for (var i = 0; i < 2_000; i++)
            {
                using var document = JsonDocument.Parse(Capture.Json(new object[] { list, dictionary }));
                Assert.Equal(2, document.RootElement.GetProperty("elements").GetArrayLength());
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        await mutator.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void WriteValue_CorruptedCollection_IsAnErrorWithTheExceptionType() =>
        Assert.Equal(
            """{"type":"System.ArraySegment<System.Int32>","not_captured_reason":"error","error":"System.ArgumentOutOfRangeException"}""",
            Capture.Json(CorruptedSegment()));

    /// <summary>An ArraySegment whose count runs past its array, as a torn write could leave it.</summary>
    internal static object CorruptedSegment()
    {
        object segment = new ArraySegment<int>(new int[2]);
        typeof(ArraySegment<int>).GetField("_count", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(segment, 10);
        return segment;
    }

    private static void Mutate(List<int> list, Dictionary<int, int> dictionary, CancellationToken stop)
    {
        // Sizes stay at 100 while contents and versions change under the reader, on purpose.
        for (var next = 100; !stop.IsCancellationRequested; next++)
        {
            list.Add(next);
            list.RemoveAt(0);
            dictionary.Remove(next - 100);
            dictionary[next] = next;
        }
    }
}
