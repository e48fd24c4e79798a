using System.Globalization;
using System.Net;

namespace Distro.Debugger.Sources;

/// <summary>One failed call to the config API: its kind and what was seen.</summary>
internal sealed record ApiFailure(ApiFailureKind Kind, string Detail)
{
    public static ApiFailure OfStatus(HttpStatusCode status)
    {
        var code = (int)status;
        var kind = code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            ? ApiFailureKind.ServerError
            : ApiFailureKind.Rejected;
        return new ApiFailure(kind, string.Create(CultureInfo.InvariantCulture, $"HTTP {code} {status}"));
    }

    /// <summary>What an exception from a call means; cancellation is not a failure and is left to the caller.</summary>
    public static ApiFailure OfException(Exception exception) => exception switch
    {
        TimeoutException => new ApiFailure(ApiFailureKind.TimedOut, exception.Message),
        HttpRequestException or IOException => new ApiFailure(ApiFailureKind.Unreachable, exception.Message),
        _ => new ApiFailure(ApiFailureKind.Unexpected, exception.ToString()),
    };
}
