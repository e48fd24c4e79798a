using Distro.Debugger.Tests.Configuration;

namespace Distro.Debugger.Tests.Sources;

/// <summary>Config API response bodies for the poller tests.</summary>
internal static class Responses
{
    /// <summary>A <c>Changed:true</c> page of PROBEs; <paramref name="extra"/> holds further raw top-level properties.</summary>
    public static string Page(string extra, params string[] hashes) =>
        $$"""{"Changed":true{{extra}},"LatestConfigurations":[{{Configurations("PROBE", hashes)}}]}""";

    /// <summary>A page that more follow, without a cursor: only the last page carries one.</summary>
    public static string FirstPages(string nextToken, params string[] hashes) => Page($$""","NextToken":"{{nextToken}}" """, hashes);

    public static string Changed(string syncedAt, params string[] hashes) => Page($$""","SyncedAt":{{syncedAt}}""", hashes);

    public static string Unchanged(string syncedAt) => $$"""{"Changed":false,"SyncedAt":{{syncedAt}}}""";

    public static string Configurations(string type, params string[] hashes) =>
        string.Join(",", hashes.Select(hash => ConfigJson.Configuration(type: type, hash: hash)));
}
