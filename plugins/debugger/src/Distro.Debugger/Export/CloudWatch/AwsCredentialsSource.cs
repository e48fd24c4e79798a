using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>
/// AWS credentials for signing, from the SDK's default chain (environment, shared config and credentials files and
/// profiles, web identity, container and instance metadata), asked for on the export thread or in the background, never
/// on the application's threads. When none are found it says so once, then asks again only after a growing backoff.
/// </summary>
internal sealed class AwsCredentialsSource
{
    private static readonly TimeSpan s_initialBackoff = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromMinutes(5);

    // Instance metadata can take long to answer; the SDK gives up on its own after about 35 s.
    private static readonly TimeSpan s_resolveTimeout = TimeSpan.FromSeconds(40);

    private readonly Func<Task<AWSCredentials>> _resolve;
    private readonly TimeProvider _time;
    private readonly object _state = new();
    private DateTimeOffset _nextAttempt = DateTimeOffset.MinValue;
    private TimeSpan _backoff = s_initialBackoff;
    private Availability _availability;

    /// <param name="resolve">Finds the credentials; throws when there are none.</param>
    /// <param name="time">The clock that paces new attempts.</param>
    public AwsCredentialsSource(Func<Task<AWSCredentials>> resolve, TimeProvider time)
    {
        _resolve = resolve;
        _time = time;
    }

    private enum Availability
    {
        Unknown,
        Available,
        Missing,
    }

    /// <summary>The SDK's default credential chain, shared with the application's own AWS clients.</summary>
    public static AwsCredentialsSource FromDefaultChain() =>
        new(static () => DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(), TimeProvider.System);

    /// <summary>Starts resolving in the background, so that missing credentials are reported at start.</summary>
    public void Start() => _ = Task.Run(() => TryGetAsync(CancellationToken.None));

    /// <summary>The current credentials, or null when there are none (yet, or within the backoff after a failed attempt).</summary>
    public async Task<ImmutableCredentials?> TryGetAsync(CancellationToken cancellationToken)
    {
        if (InBackoff())
        {
            return null;
        }

        try
        {
            // The chain caches what it found and notices changed variables and files; refreshing credentials renew themselves.
            var credentials = await _resolve().WaitAsync(s_resolveTimeout, cancellationToken).ConfigureAwait(false);
            var current = await credentials.GetCredentialsAsync().WaitAsync(s_resolveTimeout, cancellationToken).ConfigureAwait(false);
            OnAvailable(credentials);
            return current;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            OnMissing($"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ").Trim()}");
            return null;
        }
    }

    private bool InBackoff()
    {
        lock (_state)
        {
            return _time.GetUtcNow() < _nextAttempt;
        }
    }

    private void OnMissing(string reason)
    {
        bool report;
        lock (_state)
        {
            _nextAttempt = _time.GetUtcNow() + _backoff;
            _backoff = _backoff * 2 < s_maxBackoff ? _backoff * 2 : s_maxBackoff;
            report = _availability != Availability.Missing;
            _availability = Availability.Missing;
        }

        if (report)
        {
            DebuggerEventSource.Log.AwsCredentialsUnavailable(reason);
        }
    }

    private void OnAvailable(AWSCredentials credentials)
    {
        bool report;
        lock (_state)
        {
            _backoff = s_initialBackoff;
            _nextAttempt = DateTimeOffset.MinValue;
            report = _availability != Availability.Available;
            _availability = Availability.Available;
        }

        if (report)
        {
            DebuggerEventSource.Log.AwsCredentialsAvailable(credentials.GetType().Name);
        }
    }
}
