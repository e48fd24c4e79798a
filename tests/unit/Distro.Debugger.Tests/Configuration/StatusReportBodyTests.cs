using System.Text;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class StatusReportBodyTests
{
    private static readonly DateTimeOffset s_time = new(2026, 11, 20, 10, 0, 5, 123, TimeSpan.Zero);

    private static ConfigurationStatus Status(string hash, InstrumentationStatus status = InstrumentationStatus.Ready, ErrorCause? cause = null) =>
        new(InstrumentationType.Breakpoint, SignalType.Snapshot, hash, status, s_time, cause);

    private static string Write(params ConfigurationStatus[] statuses) =>
        Encoding.UTF8.GetString(StatusReportBody.Write("shop-api", "prod", statuses));

    [Fact]
    public void Write_ReadyAndError_ProducesTheContractShape()
    {
        var body = Write(
            Status("h-1"),
            new ConfigurationStatus(InstrumentationType.Probe, SignalType.Snapshot, "h-2", InstrumentationStatus.Error, s_time, ErrorCause.MethodNotFound));

        Assert.Equal(
            """
            {"Service":"shop-api","Environment":"prod","Configurations":[{"InstrumentationType":"BREAKPOINT","SignalType":"SNAPSHOT","LocationHash":"h-1","Status":"READY","Time":"2026-11-20T10:00:05.123Z"},{"InstrumentationType":"PROBE","SignalType":"SNAPSHOT","LocationHash":"h-2","Status":"ERROR","Time":"2026-11-20T10:00:05.123Z","ErrorCause":"METHOD_NOT_FOUND"}]}
            """,
            body);
    }

    [Fact]
    public void Write_NoStatuses_WritesAnEmptyList()
    {
        Assert.Equal("""{"Service":"shop-api","Environment":"prod","Configurations":[]}""", Write());
    }

    [Theory]
    [InlineData(nameof(InstrumentationStatus.Ready), "READY")]
    [InlineData(nameof(InstrumentationStatus.Active), "ACTIVE")]
    [InlineData(nameof(InstrumentationStatus.Disabled), "DISABLED")]
    [InlineData(nameof(InstrumentationStatus.Error), "ERROR")]
    public void Write_EachStatus_UsesItsWireName(string status, string wireName)
    {
        Assert.Contains($"\"Status\":\"{wireName}\"", Write(Status("h", Enum.Parse<InstrumentationStatus>(status))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(ErrorCause.FileNotFound), "FILE_NOT_FOUND")]
    [InlineData(nameof(ErrorCause.MethodNotFound), "METHOD_NOT_FOUND")]
    [InlineData(nameof(ErrorCause.LineNotExecutable), "LINE_NOT_EXECUTABLE")]
    [InlineData(nameof(ErrorCause.OverloadedMethods), "OVERLOADED_METHODS")]
    [InlineData(nameof(ErrorCause.LanguageMismatch), "LANGUAGE_MISMATCH")]
    [InlineData(nameof(ErrorCause.RuntimeError), "RUNTIME_ERROR")]
    public void Write_EachErrorCause_UsesItsWireName(string cause, string wireName)
    {
        Assert.EndsWith($"\"ErrorCause\":\"{wireName}\"}}]}}", Write(Status("h", InstrumentationStatus.Error, Enum.Parse<ErrorCause>(cause))), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TimeWithOffset_IsWrittenInUtc()
    {
        var status = Status("h") with { Time = new DateTimeOffset(2026, 11, 20, 12, 0, 0, 7, TimeSpan.FromHours(2)) };

        Assert.Contains("\"Time\":\"2026-11-20T10:00:00.007Z\"", Write(status), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MoreThanOneBatch_Throws()
    {
        var statuses = Enumerable.Range(0, 101).Select(i => Status($"h-{i}")).ToArray();

        Assert.Throws<ArgumentOutOfRangeException>(() => StatusReportBody.Write("s", "e", statuses));
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 1 })]
    [InlineData(100, new[] { 100 })]
    [InlineData(101, new[] { 100, 1 })]
    [InlineData(250, new[] { 100, 100, 50 })]
    public void Batches_AnyCount_SplitsIntoBatchesOfAtMostOneHundredInOrder(int count, int[] sizes)
    {
        var statuses = Enumerable.Range(0, count).Select(i => Status($"h-{i}")).ToList();

        var batches = StatusReportBody.Batches(statuses).ToList();

        Assert.Equal(sizes, batches.Select(b => b.Length));
        Assert.Equal(statuses, batches.SelectMany(b => b));
    }

    [Fact]
    public void Of_Configuration_TakesItsIdentity()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(type: "PROBE", hash: "p-1"));

        var status = ConfigurationStatus.Of(configuration, InstrumentationStatus.Error, s_time, ErrorCause.LanguageMismatch);

        Assert.Equal(
            new ConfigurationStatus(InstrumentationType.Probe, SignalType.Snapshot, "p-1", InstrumentationStatus.Error, s_time, ErrorCause.LanguageMismatch),
            status);
    }
}
