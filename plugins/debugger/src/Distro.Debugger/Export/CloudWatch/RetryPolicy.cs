using System.Net;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// When to send a throttled request again: only after 429 and 503, waiting what <c>Retry-After</c> asks (seconds or an
/// HTTP date) or else an exponential backoff with jitter, within a number of attempts and a total time.
/// </summary>
/// <remarks>
/// <para><c>MaxAttempts</c>: sends of one request in all, the first included.</para>
/// <para><c>TotalBudget</c>: the longest one export may spend sending and waiting; a wait that would end past it is not started.</para>
/// </remarks>
internal sealed record RetryPolicy(int MaxAttempts, TimeSpan InitialBackoff, TimeSpan MaxBackoff, TimeSpan TotalBudget)
{
    public static RetryPolicy WithBudget(TimeSpan totalBudget) => new(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), totalBudget);

    public static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1, or null when the request must not be sent again.</summary>
    /// <param name="response">The answer to attempt <paramref name="attempt"/> (1-based).</param>
    /// <param name="attempt">How many times the request was sent.</param>
    /// <param name="elapsed">Time spent on this export so far.</param>
    /// <param name="now">The current time, for a <c>Retry-After</c> date.</param>
    public TimeSpan? DelayBeforeRetry(HttpResponseMessage response, int attempt, TimeSpan elapsed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!IsRetryable(response.StatusCode) || attempt >= MaxAttempts)
        {
            return null;
        }

        var delay = RetryAfter(response, now) ?? Backoff(attempt);
        return elapsed + delay <= TotalBudget ? delay : null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    // Half the exponential step plus a random half, so exporters throttled together do not come back together.
    private TimeSpan Backoff(int attempt)
    {
        var step = InitialBackoff * Math.Pow(2, attempt - 1);
        var capped = step < MaxBackoff ? step : MaxBackoff;
        return capped / 2 + capped / 2 * Random.Shared.NextDouble();
    }
}
