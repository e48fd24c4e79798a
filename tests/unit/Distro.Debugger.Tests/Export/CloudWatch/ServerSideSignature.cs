using System.Globalization;
using System.Security.Cryptography;
using Amazon.Runtime.Internal.Auth;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>
/// Checks a received request's SigV4 signature the way the service does: rebuilds the canonical request from what
/// arrived on the wire and lets AWSSDK.Core compute the signature from it.
/// </summary>
internal static class ServerSideSignature
{
    public static void AssertValid(ReceivedHttpRequest request, string accessKey, string secretKey, string region)
    {
        var authorization = request.Header("Authorization");
        Assert.NotNull(authorization);
        Assert.StartsWith("AWS4-HMAC-SHA256 ", authorization, StringComparison.Ordinal);
        var fields = authorization["AWS4-HMAC-SHA256 ".Length..]
            .Split(", ")
            .Select(part => part.Split('=', 2))
            .ToDictionary(part => part[0], part => part[1], StringComparer.Ordinal);
        var scope = fields["Credential"].Split('/');
        Assert.Equal([accessKey, scope[1], region, "logs", "aws4_request"], scope);

        var amzDate = request.Header("x-amz-date");
        Assert.NotNull(amzDate);
        var signedAt = DateTime.ParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.Equal(signedAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture), scope[1]);
        Assert.True((DateTime.UtcNow - signedAt).Duration() < TimeSpan.FromMinutes(5), "The request is signed with the current time.");

        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(request.Body));
        Assert.Equal(payloadHash, request.Header("x-amz-content-sha256"));

        var signedHeaders = fields["SignedHeaders"];
        var canonicalHeaders = string.Concat(signedHeaders.Split(';').Select(name =>
        {
            var value = request.Header(name);
            Assert.True(value is not null, $"Signed header {name} was not received.");
            return $"{name}:{value.Trim()}\n";
        }));
        var canonicalRequest = $"{request.Method}\n{request.Path}\n\n{canonicalHeaders}\n{signedHeaders}\n{payloadHash}";
        var expected = AWS4Signer.ComputeSignature(accessKey, secretKey, region, signedAt, "logs", signedHeaders, canonicalRequest);

        Assert.Equal(expected.Signature, fields["Signature"]);
    }
}
