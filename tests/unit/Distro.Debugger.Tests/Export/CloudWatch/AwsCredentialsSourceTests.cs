using Amazon.Runtime;
using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

[Collection(CloudWatchTestCollection.Name)]
public sealed class AwsCredentialsSourceTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryGetAsync_CredentialsFound_ReturnsThemAndReportsThemOnce()
    {
        using var events = new CloudWatchEvents();
        var source = new AwsCredentialsSource(() => Task.FromResult<AWSCredentials>(new SessionCredentialsForTest()), _time);

        var first = await source.TryGetAsync(CancellationToken.None);
        var second = await source.TryGetAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal("AKIDTEST", first.AccessKey);
        Assert.Equal("token", first.Token);
        Assert.Equal(first, second);
        Assert.Single(events.Written(704), e => Equals(e.Payload![0], nameof(SessionCredentialsForTest)));
    }

    [Fact]
    public async Task TryGetAsync_NoCredentials_ReportsOnceAndTriesAgainOnlyAfterABackoffThatGrows()
    {
        using var events = new CloudWatchEvents();
        var marker = Guid.NewGuid().ToString();
        var resolves = 0;
        var source = new AwsCredentialsSource(
            () =>
            {
                resolves++;
                throw new AmazonClientException("no credentials " + marker);
            },
            _time);

        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await source.TryGetAsync(CancellationToken.None));
        }

        Assert.Equal(1, resolves);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(await source.TryGetAsync(CancellationToken.None));
        Assert.Equal(2, resolves);
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Null(await source.TryGetAsync(CancellationToken.None));
        Assert.Equal(2, resolves);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await source.TryGetAsync(CancellationToken.None));
        Assert.Equal(3, resolves);
        var reported = Assert.Single(events.Written(703), e => ((string)e.Payload![0]!).Contains(marker, StringComparison.Ordinal));
        Assert.Contains("AmazonClientException", (string)reported.Payload![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryGetAsync_CredentialsAppearAfterBeingMissing_ReturnsThemAndReportsThem()
    {
        using var events = new CloudWatchEvents();
        var available = false;
        var source = new AwsCredentialsSource(
            () => available
                ? Task.FromResult<AWSCredentials>(new ArrivedLaterCredentials())
                : throw new AmazonClientException("not yet"),
            _time);
        Assert.Null(await source.TryGetAsync(CancellationToken.None));

        available = true;
        _time.Advance(TimeSpan.FromSeconds(5));
        var credentials = await source.TryGetAsync(CancellationToken.None);

        Assert.NotNull(credentials);
        Assert.Single(events.Written(704), e => Equals(e.Payload![0], nameof(ArrivedLaterCredentials)));
    }

    [Fact]
    public async Task TryGetAsync_CredentialsFailToRefresh_ReturnsNullAndResolvesAgainAfterBackoff()
    {
        var resolves = 0;
        var source = new AwsCredentialsSource(
            () =>
            {
                resolves++;
                return Task.FromResult<AWSCredentials>(new ExpiredCredentials());
            },
            _time);

        Assert.Null(await source.TryGetAsync(CancellationToken.None));
        Assert.Null(await source.TryGetAsync(CancellationToken.None));
        Assert.Equal(1, resolves);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(await source.TryGetAsync(CancellationToken.None));
        Assert.Equal(2, resolves);
    }

    [Fact]
    public void Start_NoCredentials_ReportsThemMissingWithoutBeingAsked()
    {
        using var events = new CloudWatchEvents();
        var marker = Guid.NewGuid().ToString();
        var source = new AwsCredentialsSource(() => throw new AmazonClientException(marker), _time);

        source.Start();

        Eventually.True(
            () => events.Written(703).Any(e => ((string)e.Payload![0]!).Contains(marker, StringComparison.Ordinal)),
            "the missing credentials are reported");
    }

    private sealed class SessionCredentialsForTest : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => new("AKIDTEST", "secret", "token");
    }

    private sealed class ArrivedLaterCredentials : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => new("AKIDLATER", "secret", null);
    }

    private sealed class ExpiredCredentials : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => throw new AmazonClientException("the session expired and cannot be refreshed");
    }
}
