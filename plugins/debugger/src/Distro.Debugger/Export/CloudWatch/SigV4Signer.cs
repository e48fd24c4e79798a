using System.Security.Cryptography;
using System.Text;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// AWS Signature Version 4 with HMAC-SHA256: canonical request, string to sign, signing key, signature and the
/// <c>Authorization</c> header. Pure functions of their inputs, so they are checked against AWS's published test vectors.
/// </summary>
internal static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public static SigV4Signature Sign(SigV4Request request, string accessKey, string secretKey, SigV4Scope scope)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (canonicalHeaders, signedHeaders) = CanonicalHeaders(request.Headers);
        var canonicalRequest = string.Join(
            '\n',
            request.Method.ToUpperInvariant(),
            CanonicalUri(request.Uri),
            CanonicalQuery(request.Uri),
            canonicalHeaders,
            signedHeaders,
            request.PayloadHash);
        var stringToSign = string.Join('\n', Algorithm, scope.Timestamp, scope.CredentialScope, Sha256Hex(Encoding.UTF8.GetBytes(canonicalRequest)));
        var signature = Convert.ToHexString(HMACSHA256.HashData(SigningKey(secretKey, scope), Encoding.UTF8.GetBytes(stringToSign))).ToLowerInvariant();
        var authorization = $"{Algorithm} Credential={accessKey}/{scope.CredentialScope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Signature(canonicalRequest, stringToSign, signedHeaders, signature, authorization);
    }

    /// <summary>HMAC chain of the secret over date, region, service and <c>aws4_request</c>.</summary>
    public static byte[] SigningKey(string secretKey, SigV4Scope scope)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretKey), Encoding.UTF8.GetBytes(scope.Date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(scope.Region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(scope.Service));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(SigV4Scope.Terminator));
    }

    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant();

    // Each path segment is decoded then encoded once; the empty path is "/". System.Uri has already removed dot segments.
    private static string CanonicalUri(Uri uri)
    {
        var path = uri.AbsolutePath;
        if (path.Length == 0 || path == "/")
        {
            return "/";
        }

        return string.Join('/', path.Split('/').Select(static segment => SigV4Encoding.Encode(Uri.UnescapeDataString(segment))));
    }

    private static string CanonicalQuery(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return "";
        }

        var parameters = query
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(static pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? "" : pair[(equals + 1)..];
                return (Name: SigV4Encoding.Encode(Uri.UnescapeDataString(name)), Value: SigV4Encoding.Encode(Uri.UnescapeDataString(value)));
            })
            .OrderBy(static p => p.Name, StringComparer.Ordinal)
            .ThenBy(static p => p.Value, StringComparer.Ordinal);
        return string.Join('&', parameters.Select(static p => $"{p.Name}={p.Value}"));
    }

    private static (string Canonical, string Signed) CanonicalHeaders(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var byName = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            var key = name.Trim().ToLowerInvariant();
            if (!byName.TryGetValue(key, out var values))
            {
                values = [];
                byName.Add(key, values);
            }

            values.Add(CollapseSpaces(value));
        }

        var canonical = new StringBuilder();
        foreach (var (name, values) in byName)
        {
            canonical.Append(name).Append(':').AppendJoin(',', values).Append('\n');
        }

        return (canonical.ToString(), string.Join(';', byName.Keys));
    }

    // Trims the value and turns every run of spaces into one, as the canonical form requires.
    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (c == ' ')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
