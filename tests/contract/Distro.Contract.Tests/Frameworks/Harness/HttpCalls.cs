using System.Globalization;
using System.Text;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>Sends one HTTP request with a test's trace context and describes the answer as <c>"&lt;status&gt; &lt;body&gt;"</c>.</summary>
internal static class HttpCalls
{
    public static async Task<string> SendAsync(HttpClient client, HttpMethod method, string pathAndQuery, TraceParent trace, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative));
        request.Headers.Add(TraceParent.HeaderName, trace.Header);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {body}");
    }
}
