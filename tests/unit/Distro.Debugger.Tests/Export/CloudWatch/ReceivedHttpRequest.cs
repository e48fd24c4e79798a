using System.Diagnostics;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>One request as the test server read it off the socket.</summary>
internal sealed record ReceivedHttpRequest(
    string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, long ReceivedTimestamp, DateTimeOffset ReceivedAt)
{
    public string Path => Target.Split('?')[0];

    public TimeSpan ElapsedSince(ReceivedHttpRequest earlier) => Stopwatch.GetElapsedTime(earlier.ReceivedTimestamp, ReceivedTimestamp);

    /// <summary>The values of a header, joined as SigV4 joins repeated headers; null when absent.</summary>
    public string? Header(string name)
    {
        var values = Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        return values.Count == 0 ? null : string.Join(',', values);
    }
}
