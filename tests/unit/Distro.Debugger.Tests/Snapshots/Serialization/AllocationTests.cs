using System.Buffers;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>
/// The reference snapshot (three primitive arguments, an object with 10 fields, a 20-item list of small
/// objects, a 1,000-character string) stays within the allocation budget once types are known.
/// Allocation on the current thread is deterministic here; time is not asserted.
/// </summary>
public class AllocationTests
{
    private const long AllocationBudgetBytes = 8 * 1024;

    [Fact]
    public void WriteNamedValues_ReferenceSnapshot_AllocatesWithinBudget()
    {
        var serializer = Capture.Serializer();
        NamedValue[] arguments =
        [
            new("id", 42, typeof(int)),
            new("price", 9.99m, typeof(decimal)),
            new("express", true, typeof(bool)),
            new("order", new Order(), typeof(Order)),
            new("lines", Enumerable.Range(0, 20).Select(i => new OrderLine { Quantity = i }).ToList(), typeof(List<OrderLine>)),
            new("note", new string('n', 1_000), typeof(string)),
        ];
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        using var writer = Capture.Writer(output);

        long Measure()
        {
            output.ResetWrittenCount();
            writer.Reset(output);
            var before = GC.GetAllocatedBytesForCurrentThread();
            serializer.WriteNamedValues(writer, arguments, CaptureBudget.Start(TimeSpan.FromMinutes(5)));
            writer.Flush();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        for (var i = 0; i < 5; i++)
        {
            Measure();
        }

        var allocated = Measure();

        Assert.InRange(allocated, 1, AllocationBudgetBytes);
        using var snapshot = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal(20, snapshot.RootElement.GetProperty("lines").GetProperty("elements").GetArrayLength());
        Assert.Equal(10, snapshot.RootElement.GetProperty("order").GetProperty("fields").EnumerateObject().Count());
    }

    public sealed class Order
    {
        public int Id = 1;
        public string Customer = "ada";
        public decimal Total = 12.5m;
        public DateTime Created = new(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        public bool Paid = true;
        public Color Color = Color.Green;
        public Guid Reference = new("0f8fad5b-d9cb-469f-a165-70867728950e");
        public double Weight = 1.5;
        public long Sequence = 9;
        public string? Comment;
    }

    public sealed class OrderLine
    {
        public string Sku = "sku";
        public int Quantity;
    }
}
