using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class InvalidConfigurationTests
{
    private const string Location = """{"CodeLocation":{"ClassName":"C","MethodName":"M"}}""";

    private static InvalidConfiguration SingleInvalid(string configuration, out ConfigurationParseResult result)
    {
        result = ConfigJson.Parse(ConfigJson.Response(configuration, ConfigJson.Configuration(hash: "valid")));
        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("valid", Assert.Single(result.Configurations).LocationHash);
        var invalid = Assert.Single(result.Invalid);
        Assert.Contains(result.Diagnostics, d => d.Issue == ConfigurationIssue.ConfigurationDropped && d.Path == "LatestConfigurations[0]");
        return invalid;
    }

    [Theory]
    [InlineData($$"""{"InstrumentationType":"PROBE","Location":{{Location}}}""")]
    [InlineData($$"""{"InstrumentationType":"PROBE","LocationHash":"","Location":{{Location}}}""")]
    [InlineData($$"""{"InstrumentationType":"PROBE","LocationHash":"  ","Location":{{Location}}}""")]
    [InlineData($$"""{"InstrumentationType":"PROBE","LocationHash":null,"Location":{{Location}}}""")]
    [InlineData($$"""{"InstrumentationType":"PROBE","LocationHash":{"h":1},"Location":{{Location}}}""")]
    public void Parse_NoLocationHash_DropsWithoutHash(string configuration)
    {
        var invalid = SingleInvalid(configuration, out _);

        Assert.Null(invalid.LocationHash);
        Assert.Contains("LocationHash", invalid.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"WATCHPOINT\"", "unknown InstrumentationType \"WATCHPOINT\"")]
    [InlineData("\"\"", "unknown InstrumentationType \"\"")]
    [InlineData("null", "no InstrumentationType")]
    public void Parse_UnknownInstrumentationType_DropsWithHash(string type, string reason)
    {
        var invalid = SingleInvalid($$"""{"InstrumentationType":{{type}},"LocationHash":"h-9","Location":{{Location}}}""", out _);

        Assert.Equal(new InvalidConfiguration("h-9", null, reason), invalid);
    }

    [Fact]
    public void Parse_MissingInstrumentationType_DropsWithHash()
    {
        var invalid = SingleInvalid($$"""{"LocationHash":"h-9","Location":{{Location}}}""", out _);

        Assert.Equal(new InvalidConfiguration("h-9", null, "no InstrumentationType"), invalid);
    }

    [Theory]
    [InlineData("")]
    [InlineData(""","Location":null""")]
    [InlineData(""","Location":"Shop.Api.OrdersController.Create" """)]
    [InlineData(""","Location":{}""")]
    [InlineData(""","Location":{"CodeLocation":[]}""")]
    public void Parse_NoLocation_DropsWithHashAndType(string location)
    {
        var invalid = SingleInvalid($$"""{"InstrumentationType":"BREAKPOINT","LocationHash":"h-9"{{location}}}""", out _);

        Assert.Equal(new InvalidConfiguration("h-9", InstrumentationType.Breakpoint, "no Location.CodeLocation"), invalid);
    }

    [Fact]
    public void Parse_UnsupportedSignalType_DropsWithHashAndType()
    {
        var invalid = SingleInvalid($$"""{"InstrumentationType":"PROBE","SignalType":"METRIC","LocationHash":"h-9","Location":{{Location}}}""", out _);

        Assert.Equal(new InvalidConfiguration("h-9", InstrumentationType.Probe, "unsupported SignalType \"METRIC\""), invalid);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"h-1\"")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Parse_ConfigurationNotAnObject_Drops(string element)
    {
        var invalid = SingleInvalid(element, out _);

        Assert.Null(invalid.LocationHash);
        Assert.StartsWith("expected an object", invalid.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LowercaseTypeNames_AreAccepted()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(type: "probe", extra: ""","SignalType":" Snapshot " """));

        Assert.Equal(InstrumentationType.Probe, configuration.Type);
        Assert.Equal(SignalType.Snapshot, configuration.Signal);
    }
}
