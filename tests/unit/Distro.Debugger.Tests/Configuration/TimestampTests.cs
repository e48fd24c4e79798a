using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class TimestampTests
{
    private static readonly DateTimeOffset s_created = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static InstrumentationConfiguration WithCreatedAt(string json, out ConfigurationParseResult result) =>
        ConfigJson.Single(ConfigJson.Configuration(createdAt: json), out result);

    [Theory]
    [InlineData("\"2026-11-20T10:00:00Z\"")]
    [InlineData("\"2026-11-20T10:00:00.000Z\"")]
    [InlineData("\"2026-11-20T12:00:00+02:00\"")]
    [InlineData("\"2026-11-20T10:00:00\"")]
    [InlineData("\"2026-11-20 10:00:00Z\"")]
    [InlineData("1795168800")]
    [InlineData("1795168800.0")]
    [InlineData("1.7951688e9")]
    [InlineData("\"1795168800\"")]
    [InlineData("1795168800000")]
    [InlineData("\"1795168800000\"")]
    public void Parse_TimestampInAnyAcceptedForm_IsReadAsUtc(string json)
    {
        var configuration = WithCreatedAt(json, out var result);

        Assert.Equal(s_created, configuration.CreatedAt);
        Assert.Equal(TimeSpan.Zero, configuration.CreatedAt!.Value.Offset);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_FractionalEpochSeconds_KeepsTheFraction()
    {
        var configuration = WithCreatedAt("1795168800.25", out _);

        Assert.Equal(s_created.AddMilliseconds(250), configuration.CreatedAt);
    }

    [Fact]
    public void Parse_EpochMillisecondsWithFraction_KeepsTheFraction()
    {
        var configuration = WithCreatedAt("1795168800123.5", out _);

        Assert.Equal(s_created.AddTicks(1_235_000), configuration.CreatedAt);
    }

    [Fact]
    public void Parse_EpochJustBelowThreshold_IsSeconds()
    {
        var configuration = WithCreatedAt("99999999999", out _);

        Assert.Equal(new DateTimeOffset(5138, 11, 16, 9, 46, 39, TimeSpan.Zero), configuration.CreatedAt);
    }

    [Fact]
    public void Parse_EpochAtThreshold_IsMilliseconds()
    {
        var configuration = WithCreatedAt("100000000000", out _);

        Assert.Equal(TimestampParser.MillisecondsThreshold, 100_000_000_000m);
        Assert.Equal(new DateTimeOffset(1973, 3, 3, 9, 46, 40, TimeSpan.Zero), configuration.CreatedAt);
    }

    [Fact]
    public void Parse_NegativeEpoch_IsBeforeTheEpoch()
    {
        var configuration = WithCreatedAt("-86400", out _);

        Assert.Equal(new DateTimeOffset(1969, 12, 31, 0, 0, 0, TimeSpan.Zero), configuration.CreatedAt);
    }

    [Theory]
    [InlineData("\"yesterday\"", nameof(ConfigurationIssue.InvalidValue))]
    [InlineData("\"\"", nameof(ConfigurationIssue.InvalidValue))]
    [InlineData("1e300", nameof(ConfigurationIssue.InvalidValue))]
    [InlineData("\"1e300\"", nameof(ConfigurationIssue.InvalidValue))]
    [InlineData("{\"seconds\":1}", nameof(ConfigurationIssue.WrongType))]
    [InlineData("true", nameof(ConfigurationIssue.WrongType))]
    public void Parse_UnreadableTimestamp_IsNullWithDiagnostic(string json, string issue)
    {
        var configuration = WithCreatedAt(json, out var result);

        Assert.Null(configuration.CreatedAt);
        Assert.Equal(issue, ConfigJson.SingleDiagnostic(result, ".CreatedAt").Issue.ToString());
    }

    [Fact]
    public void Parse_BreakpointExpiresAt_AcceptsTheSameForms()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(extra: ""","ExpiresAt":1795255200"""));

        Assert.Equal(s_created.AddDays(1), configuration.ExpiresAt);
    }
}
