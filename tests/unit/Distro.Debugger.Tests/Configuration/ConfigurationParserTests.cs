using System.Text;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class ConfigurationParserTests
{
    [Fact]
    public void Parse_FullResponse_ReadsEveryResponseField()
    {
        var result = ConfigJson.Parse($$"""
            {"Changed":true,"SyncedAt":"cursor-7","SyncInterval":30,"NextToken":"page-2",
             "LatestConfigurations":[{{ConfigJson.DesignExample}}]}
            """);

        Assert.True(result.Succeeded);
        Assert.Null(result.FailureReason);
        Assert.True(result.Changed);
        Assert.Equal(new SyncCursor("\"cursor-7\""), result.SyncedAt);
        Assert.Equal(TimeSpan.FromSeconds(30), result.SyncInterval);
        Assert.Equal("page-2", result.NextToken);
        Assert.Equal("h-123", Assert.Single(result.Configurations).LocationHash);
        Assert.Empty(result.Invalid);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_UnchangedResponse_HasNoConfigurations()
    {
        var result = ConfigJson.Parse("""{"Changed":false,"SyncedAt":"cursor-7"}""");

        Assert.True(result.Succeeded);
        Assert.False(result.Changed);
        Assert.Empty(result.Configurations);
        Assert.Null(result.SyncInterval);
        Assert.Null(result.NextToken);
    }

    [Fact]
    public void Parse_ProbeFileShape_IsAFullSetWithoutCursor()
    {
        var result = ConfigJson.Parse($$"""{"LatestConfigurations":[{{ConfigJson.Configuration(type: "PROBE")}}]}""");

        Assert.True(result.Succeeded);
        Assert.True(result.Changed);
        Assert.Null(result.SyncedAt);
        Assert.Single(result.Configurations);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_HandWrittenFileWithCommentsAndTrailingCommas_IsAccepted()
    {
        var json = """
            {
              // probes for the pricing service
              "LatestConfigurations": [
                {"InstrumentationType": "PROBE", "LocationHash": "p-1",
                 "Location": {"CodeLocation": {"ClassName": "Pricing", "MethodName": "Quote",},},},
              ],
            }
            """;

        var result = ConfigJson.Parse(json);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("Quote", Assert.Single(result.Configurations).Location.MethodName);
    }

    [Fact]
    public void Parse_ChangedWithoutList_IsAnEmptyFullSet()
    {
        var result = ConfigJson.Parse("""{"Changed":true,"SyncedAt":"c2"}""");

        Assert.True(result.Succeeded);
        Assert.True(result.Changed);
        Assert.Empty(result.Configurations);
    }

    [Fact]
    public void Parse_NeitherChangedNorList_ChangesNothing()
    {
        var result = ConfigJson.Parse("{}");

        Assert.True(result.Succeeded);
        Assert.False(result.Changed);
    }

    [Theory]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    public void Parse_ChangedAsString_IsAcceptedWithDiagnostic(string json, bool expected)
    {
        var result = ConfigJson.Parse($$"""{"Changed":{{json}},"LatestConfigurations":[]}""");

        Assert.Equal(expected, result.Changed);
        Assert.Equal(new ConfigurationDiagnostic(ConfigurationIssue.WrongType, null, "Changed", "expected a boolean, got a string; using " + (expected ? "true" : "false")), Assert.Single(result.Diagnostics));
    }

    [Theory]
    [InlineData("""{"Changed":1,"LatestConfigurations":[]}""", true)]
    [InlineData("""{"Changed":{}}""", false)]
    public void Parse_UnusableChanged_FollowsWhetherAListIsPresent(string json, bool expected)
    {
        var result = ConfigJson.Parse(json);

        Assert.Equal(expected, result.Changed);
        Assert.Equal(ConfigurationIssue.WrongType, Assert.Single(result.Diagnostics).Issue);
    }

    [Theory]
    [InlineData("\"all\"")]
    [InlineData("{}")]
    [InlineData("7")]
    public void Parse_ListNotAnArray_FailsInsteadOfRemovingEverything(string json)
    {
        var result = ConfigJson.Parse($$"""{"Changed":true,"LatestConfigurations":{{json}}}""");

        Assert.False(result.Succeeded);
        Assert.Contains("LatestConfigurations", result.FailureReason, StringComparison.Ordinal);
        Assert.Empty(result.Configurations);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("2.5", 2.5)]
    [InlineData("1", 1)]
    [InlineData("86400", 86400)]
    public void Parse_SyncIntervalInRange_IsKept(string json, double seconds)
    {
        var result = ConfigJson.Parse($$"""{"Changed":false,"SyncInterval":{{json}}}""");

        Assert.Equal(TimeSpan.FromSeconds(seconds), result.SyncInterval);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("-5", 1)]
    [InlineData("0.2", 1)]
    [InlineData("86401", 86400)]
    [InlineData("1e12", 86400)]
    public void Parse_SyncIntervalOutOfRange_IsClampedWithDiagnostic(string json, double seconds)
    {
        var result = ConfigJson.Parse($$"""{"Changed":false,"SyncInterval":{{json}}}""");

        Assert.Equal(TimeSpan.FromSeconds(seconds), result.SyncInterval);
        Assert.Equal(ConfigurationIssue.ValueClamped, Assert.Single(result.Diagnostics).Issue);
    }

    [Fact]
    public void Parse_SyncIntervalAsString_IsAcceptedWithDiagnostic()
    {
        var result = ConfigJson.Parse("""{"Changed":false,"SyncInterval":"45"}""");

        Assert.Equal(TimeSpan.FromSeconds(45), result.SyncInterval);
        Assert.Equal(ConfigurationIssue.WrongType, Assert.Single(result.Diagnostics).Issue);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\"soon\"")]
    [InlineData("true")]
    public void Parse_UnusableSyncInterval_IsIgnoredWithDiagnostic(string json)
    {
        var result = ConfigJson.Parse($$"""{"Changed":false,"SyncInterval":{{json}}}""");

        Assert.Null(result.SyncInterval);
        Assert.Equal(ConfigurationIssue.WrongType, Assert.Single(result.Diagnostics).Issue);
    }

    [Fact]
    public void Parse_SyncIntervalNaNString_IsIgnoredWithDiagnostic()
    {
        var result = ConfigJson.Parse("""{"Changed":false,"SyncInterval":"NaN"}""");

        Assert.Null(result.SyncInterval);
        Assert.Equal(ConfigurationIssue.InvalidValue, result.Diagnostics[^1].Issue);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Parse_EmptyNextToken_MeansLastPage(string json)
    {
        Assert.Null(ConfigJson.Parse($$"""{"Changed":true,"NextToken":{{json}},"LatestConfigurations":[]}""").NextToken);
    }

    [Fact]
    public void Parse_NumericNextToken_IsKeptAsTextWithDiagnostic()
    {
        var result = ConfigJson.Parse("""{"Changed":true,"NextToken":2,"LatestConfigurations":[]}""");

        Assert.Equal("2", result.NextToken);
        Assert.Equal(ConfigurationIssue.WrongType, Assert.Single(result.Diagnostics).Issue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"Changed\":}")]
    [InlineData("nul")]
    [InlineData("[1,2")]
    [InlineData("{\"Changed\":true} trailing")]
    [InlineData("{'Changed':true}")]
    public void Parse_MalformedJson_FailsWithMessage(string json)
    {
        var result = ConfigJson.Parse(json);

        Assert.False(result.Succeeded);
        Assert.StartsWith("malformed JSON: ", result.FailureReason, StringComparison.Ordinal);
        Assert.Empty(result.Configurations);
    }

    [Theory]
    [InlineData("[]", "Array")]
    [InlineData("\"text\"", "String")]
    [InlineData("42", "Number")]
    [InlineData("null", "Null")]
    public void Parse_RootNotAnObject_FailsWithMessage(string json, string kind)
    {
        var result = ConfigJson.Parse(json);

        Assert.False(result.Succeeded);
        Assert.Equal($"the root is {kind}, expected an object", result.FailureReason);
    }

    [Fact]
    public void Parse_InvalidUtf8InAString_FailsWithoutThrowing()
    {
        var bytes = Encoding.UTF8.GetBytes(ConfigJson.Response(ConfigJson.Configuration(hash: "XX")));
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var result = new ConfigurationParser().Parse(bytes);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.FailureReason);
    }

    [Fact]
    public void Parse_NestingDeeperThanTheReaderAllows_Fails()
    {
        var json = """{"Changed":true,"Deep":""" + new string('[', 1000) + new string(']', 1000) + "}";

        var result = ConfigJson.Parse(json);

        Assert.False(result.Succeeded);
        Assert.StartsWith("malformed JSON: ", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TenThousandConfigurations_AreAllKept()
    {
        var configurations = Enumerable.Range(0, 10_000)
            .Select(i => ConfigJson.Configuration(hash: $"h-{i}", codeLocation: $$"""{"ClassName":"C{{i}}","MethodName":"M","FilePath":"F.cs","LineNumber":{{i % 500}}}"""));

        var result = ConfigJson.Parse(ConfigJson.Response([.. configurations]));

        Assert.True(result.Succeeded);
        Assert.Equal(10_000, result.Configurations.Length);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("h-9999", result.Configurations[^1].LocationHash);
        Assert.Equal(499, result.Configurations[^1].Location.LineNumber);
    }
}
