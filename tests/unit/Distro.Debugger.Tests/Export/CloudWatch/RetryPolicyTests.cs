using System.Net;
using System.Net.Http.Headers;
using Distro.Debugger.Export.CloudWatch;

namespace Distro.Debugger.Tests.Export.CloudWatch;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy s_policy = RetryPolicy.WithBudget(TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public void DelayBeforeRetry_RetryAfterSeconds_WaitsThatLong(HttpStatusCode status)
    {
        using var response = Response(status, new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));

        Assert.Equal(TimeSpan.FromSeconds(3), s_policy.DelayBeforeRetry(response, 1, TimeSpan.Zero, s_now));
    }

    [Fact]
    public void DelayBeforeRetry_RetryAfterHttpDate_WaitsUntilThatDate()
    {
        using var response = Response(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(s_now.AddSeconds(7)));

        Assert.Equal(TimeSpan.FromSeconds(7), s_policy.DelayBeforeRetry(response, 2, TimeSpan.FromSeconds(1), s_now));
    }

    [Fact]
    public void DelayBeforeRetry_RetryAfterDateInThePast_RetriesAtOnce()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(s_now.AddSeconds(-5)));

        Assert.Equal(TimeSpan.Zero, s_policy.DelayBeforeRetry(response, 1, TimeSpan.Zero, s_now));
    }

    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 2, 4)]
    [InlineData(4, 4, 8)]
    public void DelayBeforeRetry_NoRetryAfter_BacksOffExponentiallyWithJitter(int attempt, double minSeconds, double maxSeconds)
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), TimeSpan.FromMinutes(5));
        using var response = Response(HttpStatusCode.TooManyRequests, null);

        var delay = policy.DelayBeforeRetry(response, attempt, TimeSpan.Zero, s_now);

        Assert.NotNull(delay);
        Assert.InRange(delay.Value.TotalSeconds, minSeconds, maxSeconds);
    }

    [Fact]
    public void DelayBeforeRetry_ManyAttemptsWithoutRetryAfter_StaysWithinMaxBackoff()
    {
        var policy = new RetryPolicy(50, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), TimeSpan.FromHours(1));
        using var response = Response(HttpStatusCode.ServiceUnavailable, null);

        var delay = policy.DelayBeforeRetry(response, 40, TimeSpan.Zero, s_now);

        Assert.NotNull(delay);
        Assert.InRange(delay.Value.TotalSeconds, 4, 8);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    public void DelayBeforeRetry_OtherStatus_DoesNotRetry(HttpStatusCode status)
    {
        using var response = Response(status, new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));

        Assert.Null(s_policy.DelayBeforeRetry(response, 1, TimeSpan.Zero, s_now));
    }

    [Fact]
    public void DelayBeforeRetry_AttemptsUsedUp_DoesNotRetry()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.Zero));

        Assert.Null(s_policy.DelayBeforeRetry(response, s_policy.MaxAttempts, TimeSpan.Zero, s_now));
    }

    [Theory]
    [InlineData(0, 31)]
    [InlineData(25, 6)]
    public void DelayBeforeRetry_WaitWouldEndPastBudget_DoesNotRetry(int elapsedSeconds, int retryAfterSeconds)
    {
        using var response = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(retryAfterSeconds)));

        Assert.Null(s_policy.DelayBeforeRetry(response, 1, TimeSpan.FromSeconds(elapsedSeconds), s_now));
    }

    private static HttpResponseMessage Response(HttpStatusCode status, RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
