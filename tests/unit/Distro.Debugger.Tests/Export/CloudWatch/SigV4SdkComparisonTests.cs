using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>Our signer and AWSSDK.Core's signer give the same headers for the same request.</summary>
public sealed class SigV4SdkComparisonTests
{
    private static readonly DateTimeOffset s_signedAt = new(2026, 11, 20, 10, 15, 30, TimeSpan.Zero);

    [Theory]
    [InlineData("https://logs.us-west-2.amazonaws.com/v1/logs", null)]
    [InlineData("https://logs.us-west-2.amazonaws.com/v1/logs", "FwoGZXIvYXdzEXAMPLESESSIONTOKEN+/=")]
    [InlineData("http://127.0.0.1:4999/v1/logs", "FwoGZXIvYXdzEXAMPLESESSIONTOKEN+/=")]
    public void Sign_CloudWatchRequest_MatchesSdkSigner(string url, string? sessionToken)
    {
        var body = "gzip bytes stand-in \u0001\u0002\u00ff"u8.ToArray();
        var credentials = sessionToken is null
            ? new BasicAWSCredentials("AKIDTEST", "secret/key+example")
            : (AWSCredentials)new SessionAWSCredentials("AKIDTEST", "secret/key+example", sessionToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("x-aws-log-group", "/aws/service-events/shop");
        request.Headers.TryAddWithoutValidation("x-aws-log-stream", "snapshots");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-protobuf");
        request.Content.Headers.TryAddWithoutValidation("Content-Encoding", "gzip");

        SigV4HttpSigner.Sign(request, body, credentials.GetCredentials(), new SigV4Scope(s_signedAt, "us-west-2", "logs"));
        var sdk = AWSSigV4Signer.Sign(
            new AWSSigningRequest
            {
                HttpMethod = HttpMethod.Post,
                RequestUri = new Uri(url),
                Content = body,
                Headers =
                {
                    ["x-aws-log-group"] = "/aws/service-events/shop",
                    ["x-aws-log-stream"] = "snapshots",
                    ["Content-Type"] = "application/x-protobuf",
                    ["Content-Encoding"] = "gzip",
                },
            },
            new AWSSigV4Parameters
            {
                Credentials = credentials,
                Region = RegionEndpoint.GetBySystemName("us-west-2"),
                Service = "logs",
                SignPayload = true,
                SignedAt = s_signedAt.UtcDateTime,
            }).Headers;

        Assert.Equal(SdkHeader(sdk, "Authorization"), Single(request, "Authorization"));
        Assert.Equal(SdkHeader(sdk, "X-Amz-Date"), Single(request, "x-amz-date"));
        Assert.Equal(SdkHeader(sdk, "X-Amz-Content-SHA256"), Single(request, "x-amz-content-sha256"));
        if (sessionToken is not null)
        {
            Assert.Equal(SdkHeader(sdk, "X-Amz-Security-Token"), Single(request, "x-amz-security-token"));
        }
    }

    private static string SdkHeader(IDictionary<string, string> headers, string name) =>
        headers.Single(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Single(HttpRequestMessage request, string name) => Assert.Single(request.Headers.GetValues(name));
}
