using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>
/// The signer against AWS's published SigV4 test suite (aws-sig-v4-test-suite: credentials AKIDEXAMPLE, region
/// us-east-1, service "service", 2015-08-30T12:36:00Z) and the worked example of the SigV4 documentation (IAM ListUsers).
/// </summary>
public sealed class SigV4TestVectorTests
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string SuiteHost = "example.amazonaws.com";
    private const string SuiteDate = "20150830T123600Z";
    private const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    // The session token the suite's post-sts-token cases use.
    private const string SuiteSessionToken =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    private static readonly SigV4Scope s_suiteScope = new(new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero), "us-east-1", "service");

    public static TheoryData<string, string, string[], string, string, string> SuiteCases => new()
    {
        { "get-vanilla", "GET /", [], "", "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        { "post-vanilla", "POST /", [], "", "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b" },
        { "post-vanilla-query", "POST /?Param1=value1", [], "", "host;x-amz-date", "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11" },
        {
            "get-vanilla-query-order-key-case", "GET /?Param2=value2&Param1=value1", [], "", "host;x-amz-date",
            "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
        },
        {
            "post-header-key-case", "POST /", ["MY-HEADER1:value1"], "", "host;my-header1;x-amz-date",
            "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"
        },
        {
            "post-header-value-case", "POST /", ["My-Header1:VALUE1"], "", "host;my-header1;x-amz-date",
            "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"
        },
        {
            "get-header-value-trim", "GET /", ["My-Header1: value1", "My-Header2: \"a   b   c\""], "", "host;my-header1;my-header2;x-amz-date",
            "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"
        },
        {
            "get-header-key-duplicate", "GET /", ["My-Header1:value2", "My-Header1:value2", "My-Header1:value1"], "", "host;my-header1;x-amz-date",
            "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"
        },
        {
            "post-x-www-form-urlencoded", "POST /", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1",
            "content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"
        },
        {
            "post-sts-header-before", "POST /", ["X-Amz-Security-Token:" + SuiteSessionToken], "", "host;x-amz-date;x-amz-security-token",
            "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"
        },
    };

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void Sign_SuiteCase_GivesPublishedSignature(string name, string requestLine, string[] extraHeaders, string body, string signedHeaders, string signature)
    {
        var result = SigV4Signer.Sign(SuiteRequest(requestLine, extraHeaders, body), AccessKey, SecretKey, s_suiteScope);

        Assert.True(signature == result.Signature, $"{name}: {result.Signature}\n{result.CanonicalRequest}");
        Assert.Equal(signedHeaders, result.SignedHeaders);
        Assert.Equal(
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders={signedHeaders}, Signature={signature}",
            result.Authorization);
    }

    [Fact]
    public void Sign_GetVanilla_GivesPublishedCanonicalRequestAndStringToSign()
    {
        var result = SigV4Signer.Sign(SuiteRequest("GET /", [], ""), AccessKey, SecretKey, s_suiteScope);

        Assert.Equal($"GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n{EmptyPayloadHash}", result.CanonicalRequest);
        Assert.Equal(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
            result.StringToSign);
    }

    [Fact]
    public void Sign_FormUrlencodedPost_GivesPublishedPayloadHashAndStringToSign()
    {
        var result = SigV4Signer.Sign(SuiteRequest("POST /", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1"), AccessKey, SecretKey, s_suiteScope);

        Assert.EndsWith("\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e", result.CanonicalRequest, StringComparison.Ordinal);
        Assert.Equal(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281",
            result.StringToSign);
    }

    [Fact]
    public void Sign_SessionTokenBeforeSigning_GivesPublishedStringToSign()
    {
        var result = SigV4Signer.Sign(SuiteRequest("POST /", ["X-Amz-Security-Token:" + SuiteSessionToken], ""), AccessKey, SecretKey, s_suiteScope);

        Assert.Equal(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nc237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6",
            result.StringToSign);
    }

    [Fact]
    public void Sign_DocumentationExample_GivesPublishedSigningKeyStringToSignAndSignature()
    {
        var scope = new SigV4Scope(new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero), "us-east-1", "iam");
        var request = new SigV4Request(
            "GET",
            new Uri("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08"),
            [
                new("Host", "iam.amazonaws.com"),
                new("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                new("X-Amz-Date", "20150830T123600Z"),
            ],
            EmptyPayloadHash);

        var result = SigV4Signer.Sign(request, AccessKey, SecretKey, scope);

        Assert.Equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9", Convert.ToHexStringLower(SigV4Signer.SigningKey(SecretKey, scope)));
        Assert.Equal(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\nf536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
            result.StringToSign);
        Assert.Equal("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", result.Signature);
        Assert.Equal("content-type;host;x-amz-date", result.SignedHeaders);
    }

    private static SigV4Request SuiteRequest(string requestLine, string[] extraHeaders, string body)
    {
        var space = requestLine.IndexOf(' ', StringComparison.Ordinal);
        var headers = new List<KeyValuePair<string, string>> { new("Host", SuiteHost), new("X-Amz-Date", SuiteDate) };
        foreach (var header in extraHeaders)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(header[..colon], header[(colon + 1)..]));
        }

        return new SigV4Request(
            requestLine[..space],
            new Uri("https://" + SuiteHost + requestLine[(space + 1)..]),
            headers,
            SigV4Signer.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(body)));
    }
}
