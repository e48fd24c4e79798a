using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class DuplicateConfigurationTests
{
    [Fact]
    public void Parse_SameIdentityTwice_KeepsLatestCreatedWithDiagnostic()
    {
        var result = ConfigJson.Parse(ConfigJson.Response(
            ConfigJson.Configuration(hash: "h-1", createdAt: "\"2026-11-20T12:00:00Z\"", codeLocation: """{"MethodName":"New"}"""),
            ConfigJson.Configuration(hash: "h-2"),
            ConfigJson.Configuration(hash: "h-1", createdAt: "\"2026-11-20T10:00:00Z\"", codeLocation: """{"MethodName":"Old"}""")));

        Assert.Equal(["h-1", "h-2"], result.Configurations.Select(c => c.LocationHash));
        Assert.Equal("New", result.Configurations[0].Location.MethodName);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigurationIssue.DuplicateConfiguration, diagnostic.Issue);
        Assert.Equal("h-1", diagnostic.LocationHash);
        Assert.Equal("LatestConfigurations[2]", diagnostic.Path);
        Assert.Empty(result.Invalid);
    }

    [Fact]
    public void Parse_LaterCopyCreatedLater_ReplacesEarlierInItsPlace()
    {
        var result = ConfigJson.Parse(ConfigJson.Response(
            ConfigJson.Configuration(hash: "h-1", createdAt: "1795168800", codeLocation: """{"MethodName":"Old"}"""),
            ConfigJson.Configuration(hash: "h-2"),
            ConfigJson.Configuration(hash: "h-1", createdAt: "1795168801", codeLocation: """{"MethodName":"New"}""")));

        Assert.Equal(["h-1", "h-2"], result.Configurations.Select(c => c.LocationHash));
        Assert.Equal("New", result.Configurations[0].Location.MethodName);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Parse_SameCreatedAt_KeepsFirst()
    {
        var result = ConfigJson.Parse(ConfigJson.Response(
            ConfigJson.Configuration(codeLocation: """{"MethodName":"First"}"""),
            ConfigJson.Configuration(codeLocation: """{"MethodName":"Second"}""")));

        Assert.Equal("First", Assert.Single(result.Configurations).Location.MethodName);
        Assert.Equal(ConfigurationIssue.DuplicateConfiguration, Assert.Single(result.Diagnostics).Issue);
    }

    [Fact]
    public void Parse_MissingCreatedAt_CountsAsOldest()
    {
        var result = ConfigJson.Parse(ConfigJson.Response(
            ConfigJson.Configuration(createdAt: "null", codeLocation: """{"MethodName":"Undated"}"""),
            ConfigJson.Configuration(codeLocation: """{"MethodName":"Dated"}""")));

        Assert.Equal("Dated", Assert.Single(result.Configurations).Location.MethodName);
    }

    [Fact]
    public void Parse_SameHashDifferentTypes_AreDistinct()
    {
        var result = ConfigJson.Parse(ConfigJson.Response(
            ConfigJson.Configuration(type: "PROBE"),
            ConfigJson.Configuration(type: "BREAKPOINT")));

        Assert.Equal(2, result.Configurations.Length);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_HashesDifferingOnlyInCase_AreDistinct()
    {
        var result = ConfigJson.Parse(ConfigJson.Response(ConfigJson.Configuration(hash: "abc"), ConfigJson.Configuration(hash: "ABC")));

        Assert.Equal(2, result.Configurations.Length);
    }
}
