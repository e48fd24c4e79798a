namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>Answers a request the way a scheduled <see cref="ConfigApiFault"/> says.</summary>
internal static class ConfigApiFaultResponder
{
    private const string TruncatedListing = "{\"Changed\":true,\"SyncedAt\":";

    public static async Task RespondAsync(HttpContext http, ConfigApiFault fault, CancellationToken stopping)
    {
        switch (fault)
        {
            case ConfigApiFault.InternalServerError:
                await ConfigApiJson.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "mock config API: injected fault")
                    .ConfigureAwait(false);
                break;
            case ConfigApiFault.NotFound:
                await ConfigApiJson.WriteErrorAsync(http, StatusCodes.Status404NotFound, "mock config API: injected not found")
                    .ConfigureAwait(false);
                break;
            case ConfigApiFault.MalformedJson:
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(TruncatedListing, http.RequestAborted).ConfigureAwait(false);
                break;
            case ConfigApiFault.CloseConnection:
                http.Abort();
                break;
            case ConfigApiFault.Hang:
                await HangAsync(http, stopping).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }

    private static async Task HangAsync(HttpContext http, CancellationToken stopping)
    {
        using var released = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, released.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Still no answer: the client gave up, or the mock is stopping and must not wait for this request.
            http.Abort();
        }
    }
}
