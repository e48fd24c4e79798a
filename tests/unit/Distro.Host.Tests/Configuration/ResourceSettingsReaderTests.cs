using Distro.Host.Configuration;

namespace Distro.Host.Tests.Configuration;

public sealed class ResourceSettingsReaderTests
{
    [Fact]
    public void Read_ServiceNameVariable_WinsOverTheResourceAttribute()
    {
        var settings = Read(("OTEL_SERVICE_NAME", "orders"), ("OTEL_RESOURCE_ATTRIBUTES", "service.name=ignored,team=blue"));

        Assert.Equal("orders", settings.Resource.ServiceName);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "blue" }, settings.Resource.Attributes);
    }

    [Fact]
    public void Read_ServiceNameOnlyInResourceAttributes_TakesIt()
    {
        var settings = Read(("OTEL_RESOURCE_ATTRIBUTES", "service.name=billing%20api"));

        Assert.Equal("billing api", settings.Resource.ServiceName);
        Assert.Empty(settings.Resource.Attributes);
    }

    [Fact]
    public void Read_NoServiceName_LeavesItUnset()
    {
        Assert.Null(Read().Resource.ServiceName);
    }

    [Theory]
    [InlineData("deployment.environment.name=prod")]
    [InlineData("deployment.environment=prod")]
    [InlineData("deployment.environment=old,deployment.environment.name=prod")]
    public void Read_EitherEnvironmentSpelling_GivesTheEnvironmentTheCurrentSpellingPreferred(string attributes)
    {
        var settings = Read(("OTEL_RESOURCE_ATTRIBUTES", attributes));

        Assert.Equal("prod", settings.Resource.Environment);
        Assert.Empty(settings.Resource.Attributes);
    }

    [Fact]
    public void Read_MalformedResourceAttributes_ReportsThemAgainstTheVariable()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_RESOURCE_ATTRIBUTES", "ok=1,broken")));

        Assert.Equal(new Dictionary<string, string> { ["ok"] = "1" }, result.Settings.Resource.Attributes);
        var diagnostic = Assert.Single(result.Diagnostics.ToArray());
        Assert.Equal("OTEL_RESOURCE_ATTRIBUTES", diagnostic.Variable);
        Assert.Contains("\"broken\" is not a key=value pair", diagnostic.Message, StringComparison.Ordinal);
    }

    private static HostSettings Read(params (string Name, string Value)[] variables) => HostSettingsReader.Read(Variables.Of(variables)).Settings;
}
