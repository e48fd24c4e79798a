namespace Distro.Debugger.Export.CloudWatch;

/// <summary>Recognizes the CloudWatch Logs OTLP endpoint, <c>https://logs.&lt;region&gt;.amazonaws.com/v1/logs</c>.</summary>
internal static class CloudWatchLogsEndpoint
{
    public const string Service = "logs";
    public const string LogsPath = "/v1/logs";

    private const string HostPrefix = "logs.";
    private static readonly string[] s_domains = [".amazonaws.com", ".amazonaws.com.cn"];

    /// <summary>True when <paramref name="endpoint"/> is a CloudWatch Logs OTLP endpoint; its region is the host's second label.</summary>
    public static bool TryGetRegion(Uri endpoint, out string region)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        region = "";
        if (!endpoint.IsAbsoluteUri
            || endpoint.Scheme != Uri.UriSchemeHttps
            || !endpoint.AbsolutePath.TrimEnd('/').Equals(LogsPath, StringComparison.Ordinal))
        {
            return false;
        }

        var host = endpoint.IdnHost.ToLowerInvariant();
        if (!host.StartsWith(HostPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var domain in s_domains)
        {
            if (host.EndsWith(domain, StringComparison.Ordinal))
            {
                var candidate = host[HostPrefix.Length..^domain.Length];
                if (IsRegionName(candidate))
                {
                    region = candidate;
                    return true;
                }
            }
        }

        return false;
    }

    // Region names are lowercase letters, digits and dashes (us-west-2, cn-north-1, us-gov-east-1).
    private static bool IsRegionName(string text) =>
        text.Length > 0 && text.All(static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
