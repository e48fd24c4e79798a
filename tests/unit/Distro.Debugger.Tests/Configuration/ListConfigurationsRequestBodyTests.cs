using System.Text;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class ListConfigurationsRequestBodyTests
{
    private static string Write(InstrumentationType type, SyncCursor? syncedAt = null, string? nextToken = null) =>
        Encoding.UTF8.GetString(ListConfigurationsRequestBody.Write("shop-api", "prod", type, syncedAt, nextToken));

    private static SyncCursor CursorFrom(string syncedAtJson)
    {
        var result = ConfigJson.Parse($$"""{"Changed":false,"SyncedAt":{{syncedAtJson}}}""");
        Assert.True(result.Succeeded, result.FailureReason);
        return result.SyncedAt!;
    }

    [Fact]
    public void Write_FirstPoll_HasNoCursorNorToken()
    {
        Assert.Equal(
            """{"Service":"shop-api","Environment":"prod","InstrumentationType":"PROBE"}""",
            Write(InstrumentationType.Probe));
    }

    [Fact]
    public void Write_NextPage_CarriesCursorAndToken()
    {
        Assert.Equal(
            """{"Service":"shop-api","Environment":"prod","InstrumentationType":"BREAKPOINT","SyncedAt":"c-1","NextToken":"page 2"}""",
            Write(InstrumentationType.Breakpoint, CursorFrom("\"c-1\""), "page 2"));
    }

    [Theory]
    [InlineData("\"2026-11-20T10:00:00.123456789Z\"")]
    [InlineData("\"a\\u0041\\/b\"")]
    [InlineData("1732096800123")]
    [InlineData("1732096800.50")]
    [InlineData("1.0E+3")]
    [InlineData("-0")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("{\"v\":1,\"shard\":[2,3]}")]
    [InlineData("null")]
    [InlineData("true")]
    public void Write_CursorAsReceived_IsEchoedByteForByte(string syncedAtJson)
    {
        var body = Write(InstrumentationType.Probe, CursorFrom(syncedAtJson));

        Assert.Equal(
            $$"""{"Service":"shop-api","Environment":"prod","InstrumentationType":"PROBE","SyncedAt":{{syncedAtJson}}}""",
            body);
    }

    [Fact]
    public void Write_NonAsciiAndHtmlCharacters_StayReadable()
    {
        var body = Encoding.UTF8.GetString(
            ListConfigurationsRequestBody.Write("café<api>", "prod & test", InstrumentationType.Probe, null, "a+b"));

        Assert.Equal(
            """{"Service":"café<api>","Environment":"prod & test","InstrumentationType":"PROBE","NextToken":"a+b"}""",
            body);
    }

    [Fact]
    public void Write_QuotesInNames_AreEscaped()
    {
        var body = Encoding.UTF8.GetString(
            ListConfigurationsRequestBody.Write("a\"b", "c\\d", InstrumentationType.Probe, null, null));

        Assert.Equal("""{"Service":"a\"b","Environment":"c\\d","InstrumentationType":"PROBE"}""", body);
    }
}
