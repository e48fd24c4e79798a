using System.Globalization;
using System.Text;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// Sends one HTTP request with a test's trace context and describes the answer as <c>"&lt;status&gt; &lt;body&gt;"</c>,
/// or, when a response header is named, as <c>"&lt;status&gt; [&lt;header&gt;: &lt;value&gt;] &lt;body&gt;"</c>
/// (<c>[no &lt;header&gt;]</c> when the answer lacks it), so that the header is compared with the rest of the answer.
/// </summary>
internal static class HttpCalls
{
    public static async Task<string> SendAsync(
        HttpClient client, HttpMethod method, string pathAndQuery, TraceParent trace, string? json = null, string? describedHeader = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Add(TraceParent.HeaderName, trace.Header);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        if (describedHeader is null)
        {
            return $"{status} {body}";
        }

        var header = response.Headers.TryGetValues(describedHeader, out var values)
            ? $"[{describedHeader}: {string.Join(", ", values)}]"
            : $"[no {describedHeader}]";
        return $"{status} {header} {body}";
    }
}
