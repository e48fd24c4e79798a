using System.Globalization;
using System.Net.Http.Headers;
using Amazon.Runtime;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// Signs an <see cref="HttpRequestMessage"/> in place: adds <c>x-amz-date</c>, <c>x-amz-content-sha256</c>, the
/// session token when there is one, and <c>Authorization</c>. Signs <c>host</c>, <c>content-type</c>,
/// <c>content-encoding</c> and every <c>x-amz-*</c> and <c>x-aws-*</c> header; headers a proxy or the HTTP stack may
/// rewrite (user agent, length, tracing) are left unsigned.
/// </summary>
internal static class SigV4HttpSigner
{
    public const string DateHeader = "x-amz-date";
    public const string ContentSha256Header = "x-amz-content-sha256";
    public const string SecurityTokenHeader = "x-amz-security-token";
    public const string AuthorizationHeader = "Authorization";

    /// <param name="request">The request, with its final URI, headers and content.</param>
    /// <param name="body">The content's bytes exactly as they will be sent.</param>
    /// <param name="credentials">The credentials to sign with.</param>
    /// <param name="scope">The signing time, region and service.</param>
    public static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, ImmutableCredentials credentials, SigV4Scope scope)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        var payloadHash = SigV4Signer.Sha256Hex(body);

        request.Headers.Remove(AuthorizationHeader);
        Replace(request, DateHeader, scope.Timestamp);
        Replace(request, ContentSha256Header, payloadHash);
        request.Headers.Remove(SecurityTokenHeader);
        if (credentials.UseToken)
        {
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.Token);
        }

        var headers = new List<KeyValuePair<string, string>> { new("host", request.Headers.Host ?? HostOf(uri)) };
        AddSigned(headers, request.Headers);
        if (request.Content is not null)
        {
            AddSigned(headers, request.Content.Headers);
        }

        var signature = SigV4Signer.Sign(
            new SigV4Request(request.Method.Method, uri, headers, payloadHash),
            credentials.AccessKey,
            credentials.SecretKey,
            scope);
        request.Headers.TryAddWithoutValidation(AuthorizationHeader, signature.Authorization);
    }

    // The Host header the HTTP client sends for this URI.
    private static string HostOf(Uri uri) =>
        uri.IsDefaultPort ? uri.IdnHost : string.Create(CultureInfo.InvariantCulture, $"{uri.IdnHost}:{uri.Port}");

    private static void Replace(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }

    private static void AddSigned(List<KeyValuePair<string, string>> signed, HttpHeaders headers)
    {
        foreach (var (name, values) in headers.NonValidated)
        {
            if (IsSigned(name))
            {
                // Joined as the HTTP client writes several values of one header on the wire.
                signed.Add(new(name, string.Join(", ", values)));
            }
        }
    }

    private static bool IsSigned(string name) =>
        name.Equals("content-type", StringComparison.OrdinalIgnoreCase)
        || name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("x-aws-", StringComparison.OrdinalIgnoreCase);
}
