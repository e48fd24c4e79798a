using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Sources;

/// <summary>
/// Polls the config API for one instrumentation type until cancelled: every poll interval, or the API's
/// <c>SyncInterval</c> when it sends one, jittered; with backoff while polls fail. Keeps the <c>SyncedAt</c> cursor
/// of the last set it applied. Never throws but for its own cancellation, which ends it quietly.
/// </summary>
internal sealed class PollLoop(
    InstrumentationType type,
    TimeSpan pollInterval,
    ConfigurationFetcher fetcher,
    UpdatePublisher publisher,
    ConfigApiClientOptions options,
    Uri apiUrl)
{
    private readonly OutageLog _outage = new($"list {WireNames.Of(type)}", apiUrl);
    private readonly Backoff _backoff = new(options.InitialBackoff, options.MaxBackoff);
    private readonly TimeSpan _configuredInterval = pollInterval;
    private SyncCursor? _syncedAt;

    /// <summary>The configured poll interval, or the API's last <c>SyncInterval</c>.</summary>
    private TimeSpan _interval = pollInterval;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var wait = await PollAsync(cancellationToken).ConfigureAwait(false);
                await options.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    /// <summary>Polls once and returns how long to wait before the next poll.</summary>
    private async Task<TimeSpan> PollAsync(CancellationToken cancellationToken)
    {
        PollResult result;
        try
        {
            result = await fetcher.FetchAsync(type, _syncedAt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DebuggerEventSource.Log.BackgroundWorkFailed(ConfigApiPoller.SourceName, e.ToString());
            result = PollResult.Failed(new ApiFailure(ApiFailureKind.Unexpected, e.Message));
        }

        if (result.Failure is { } failure)
        {
            _outage.Failed(failure);
            return _backoff.Next(cap: _interval);
        }

        _outage.Succeeded();
        _backoff.Reset();
        _interval = result.SyncInterval ?? _configuredInterval;
        Apply(result);
        return Jitter.Apply(_interval);
    }

    /// <summary>The cursor moves on only once its set is applied: after a failed apply the next poll fetches the set again.</summary>
    private void Apply(PollResult result)
    {
        switch (result.Outcome)
        {
            case PollOutcome.Changed:
                if (publisher.TryApply(new ConfigurationUpdate(ConfigApiPoller.SourceName, type, result.Configurations, result.Invalid)))
                {
                    _syncedAt = result.SyncedAt ?? _syncedAt;
                }

                break;
            case PollOutcome.NotFound:
                if (publisher.TryApply(ConfigurationUpdate.Empty(ConfigApiPoller.SourceName, type)))
                {
                    // The API has nothing: ask afresh next time rather than from a cursor of a set that is gone.
                    _syncedAt = null;
                }

                break;
            case PollOutcome.Unchanged:
                DebuggerEventSource.Log.ConfigurationsUnchanged(WireNames.Of(type));
                _syncedAt = result.SyncedAt ?? _syncedAt;
                break;
        }
    }
}
