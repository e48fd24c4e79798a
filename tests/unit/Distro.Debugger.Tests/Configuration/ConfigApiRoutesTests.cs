using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class ConfigApiRoutesTests
{
    [Theory]
    [InlineData("http://localhost:2000", "http://localhost:2000/list-instrumentation-configurations")]
    [InlineData("http://localhost:2000/", "http://localhost:2000/list-instrumentation-configurations")]
    [InlineData("http://agent:2000/di", "http://agent:2000/di/list-instrumentation-configurations")]
    [InlineData("https://agent/di/", "https://agent/di/list-instrumentation-configurations")]
    public void ListConfigurations_AnyBaseUrl_AppendsTheRoute(string apiUrl, string expected)
    {
        Assert.Equal(new Uri(expected), ConfigApiRoutes.ListConfigurations(new Uri(apiUrl)));
    }

    [Fact]
    public void ReportStatus_BaseUrl_AppendsTheRoute()
    {
        Assert.Equal(
            new Uri("http://localhost:2000/report-instrumentation-configuration-status"),
            ConfigApiRoutes.ReportStatus(new Uri("http://localhost:2000")));
    }
}
