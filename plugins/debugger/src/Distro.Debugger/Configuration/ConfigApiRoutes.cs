namespace Distro.Debugger.Configuration;

/// <summary>The config API's endpoints under its base URL, which may or may not end with a slash or carry a path.</summary>
internal static class ConfigApiRoutes
{
    public static Uri ListConfigurations(Uri apiUrl) => Under(apiUrl, "list-instrumentation-configurations");

    public static Uri ReportStatus(Uri apiUrl) => Under(apiUrl, "report-instrumentation-configuration-status");

    private static Uri Under(Uri apiUrl, string route)
    {
        var baseUrl = apiUrl.AbsoluteUri;
        return new Uri(baseUrl.EndsWith('/') ? baseUrl + route : baseUrl + "/" + route);
    }
}
