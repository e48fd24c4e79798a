using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

public sealed class LogsRequestSplitterTests
{
    private const int Limit = CloudWatchLogsSettings.MaxRequestBytes;

    [Fact]
    public void Split_RequestWithinLimit_ReturnsItUnchanged()
    {
        var request = OtlpLogsWriter.Request(new TestResource("shop", new TestScope("aws.dynamic_instrumentation", new TestRecord(1, 100))));

        var split = LogsRequestSplitter.Split(request, Limit);

        Assert.Equal(request, Assert.Single(split.Parts).ToArray());
        Assert.Equal(0, split.DroppedRecords);
    }

    [Fact]
    public void Split_ThreeMegabyteRequest_GivesPartsWithinLimitWithEveryRecordOnceUnderItsResourceAndScope()
    {
        var sequence = 0L;
        TestRecord[] Records(int count) => [.. Enumerable.Range(0, count).Select(_ => new TestRecord(sequence++, 10_000))];
        var request = OtlpLogsWriter.Request(
            new TestResource("shop", new TestScope("aws.dynamic_instrumentation", Records(120)), new TestScope("other.scope", Records(30))),
            new TestResource("billing", new TestScope("aws.dynamic_instrumentation", Records(150))));
        Assert.True(request.Length > 3_000_000);

        var split = LogsRequestSplitter.Split(request, Limit);

        Assert.InRange(split.Parts.Count, 3, 4);
        Assert.All(split.Parts, part => Assert.InRange(part.Length, 1, Limit));
        var expected = OtlpLogsReader.Records(request);
        var received = split.Parts.SelectMany(part => OtlpLogsReader.Records(part.ToArray())).ToList();
        Assert.Equal(
            expected.Select(r => (r.Sequence("seq"), r.ServiceName, r.ScopeName, r.ResourceSchemaUrl)),
            received.Select(r => (r.Sequence("seq"), r.ServiceName, r.ScopeName, r.ResourceSchemaUrl)));
        Assert.Equal(0, split.DroppedRecords);
    }

    [Fact]
    public void Split_RecordAloneOverLimit_DropsOnlyThatRecordAndCountsIt()
    {
        var request = OtlpLogsWriter.Request(new TestResource(
            "shop",
            new TestScope("aws.dynamic_instrumentation", new TestRecord(1, 500_000), new TestRecord(2, 1_100_000), new TestRecord(3, 500_000))));

        var split = LogsRequestSplitter.Split(request, Limit);

        Assert.Equal(1, split.DroppedRecords);
        Assert.InRange(split.LargestDroppedBytes, 1_100_000, 1_100_100);
        Assert.Equal([1L, 3L], split.Parts.SelectMany(p => OtlpLogsReader.Records(p.ToArray())).Select(r => r.Sequence("seq")));
        Assert.All(split.Parts, part => Assert.InRange(part.Length, 1, Limit));
    }

    [Fact]
    public void Split_RecordsOfRandomSizesAndSmallLimit_KeepsOrderAndEveryPartWithinLimit()
    {
        var random = new Random(20261120);
        var sequence = 0L;
        TestScope Scope(string name) =>
            new(name, [.. Enumerable.Range(0, 40).Select(_ => new TestRecord(sequence++, random.Next(0, 9_000)))]);
        var request = OtlpLogsWriter.Request(
            new TestResource("a", Scope("s1"), Scope("s2")),
            new TestResource("b", Scope("s1")),
            new TestResource("c", Scope("s3"), Scope("s4")));
        const int SmallLimit = 20_000;

        var split = LogsRequestSplitter.Split(request, SmallLimit);

        Assert.All(split.Parts, part => Assert.InRange(part.Length, 1, SmallLimit));
        Assert.Equal(
            OtlpLogsReader.Records(request).Select(r => (r.Sequence("seq"), r.ServiceName, r.ScopeName)),
            split.Parts.SelectMany(p => OtlpLogsReader.Records(p.ToArray())).Select(r => (r.Sequence("seq"), r.ServiceName, r.ScopeName)));
    }

    [Fact]
    public void Split_MalformedRequestOverLimit_ThrowsFormatException()
    {
        var request = new byte[Limit + 10];
        request[0] = 0x0A;
        request[1] = 0xFF;
        request[2] = 0xFF;
        request[3] = 0xFF;
        request[4] = 0x7F;

        Assert.Throws<FormatException>(() => LogsRequestSplitter.Split(request, Limit));
    }
}
