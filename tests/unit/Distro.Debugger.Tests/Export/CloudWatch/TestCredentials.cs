using Amazon.Runtime;
using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>Credential sources for tests; none of them looks at the machine's environment or metadata services.</summary>
internal static class TestCredentials
{
    public const string AccessKey = "AKIDTESTEXAMPLE";
    public const string SecretKey = "test/secret+key/EXAMPLE";
    public const string SessionToken = "FwoGZXIvYXdzEXAMPLE//session+token=";

    public static readonly CloudWatchLogsSettings Settings =
        new(new Uri("https://logs.us-west-2.amazonaws.com/v1/logs"), "us-west-2", "/aws/service-events/shop", "snapshots");

    public static AwsCredentialsSource Session() =>
        new(() => Task.FromResult<AWSCredentials>(new SessionAWSCredentials(AccessKey, SecretKey, SessionToken)), TimeProvider.System);

    public static AwsCredentialsSource Missing(string reason) =>
        new(() => throw new AmazonClientException(reason), TimeProvider.System);
}
