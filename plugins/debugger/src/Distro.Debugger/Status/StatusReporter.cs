using System.Globalization;
using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Status;

/// <summary>
/// Sends configuration statuses to <c>POST {API_URL}/report-instrumentation-configuration-status</c> from a
/// background loop: soon after they arrive, in batches of at most <see cref="StatusReportBody.MaxBatchSize"/>, the
/// latest status per configuration only. While the API is unreachable or failing, statuses wait (bounded) and the
/// batch is retried with backoff; what the API refuses is dropped. On dispose, what waits is sent once, within a
/// time limit. Never throws into the application.
/// </summary>
internal sealed class StatusReporter : IStatusSink, IAsyncDisposable, IDisposable
{
    private const string Operation = "report status";

    private readonly DebuggerSettings _settings;
    private readonly StatusReporterOptions _options;
    private readonly Uri _reportUri;
    private readonly PendingStatuses _pending;
    private readonly ConfigApiHttpClient _http;
    private readonly WakeSignal _work = new();
    private readonly Backoff _backoff;
    private readonly OutageLog _outage;
    private readonly BackgroundLoops _loops;
    private int _overflowing;

    public StatusReporter(DebuggerSettings settings, StatusReporterOptions? options = null)
    {
        _settings = settings;
        _options = options ?? new StatusReporterOptions();
        _reportUri = ConfigApiRoutes.ReportStatus(settings.ApiUrl);
        _pending = new PendingStatuses(_options.Capacity);
        _http = new ConfigApiHttpClient(_options.Client);
        _backoff = new Backoff(_options.Client.InitialBackoff, _options.Client.MaxBackoff);
        _outage = new OutageLog(Operation, settings.ApiUrl);
        _loops = new BackgroundLoops(nameof(StatusReporter), RunAsync);
    }

    /// <summary>How many configurations have a status waiting to be sent.</summary>
    public int Pending => _pending.Count;

    /// <summary>How many statuses were given up on: dropped for want of room, or refused by the API.</summary>
    public long Dropped => _pending.Dropped;

    /// <summary>Starts the sending loop on the thread pool. Statuses reported before are kept and sent then.</summary>
    public void Start() => _loops.Start();

    public void Report(ConfigurationStatus status)
    {
        try
        {
            if (!_pending.Add(status) && Interlocked.Exchange(ref _overflowing, 1) == 0)
            {
                DebuggerEventSource.Log.StatusesDropped(
                    _pending.Dropped,
                    string.Create(CultureInfo.InvariantCulture, $"more than {_options.Capacity} configurations have a status waiting"));
            }

            _work.Set();
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.StatusReportingFailed(e.ToString());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _loops.StopAsync(StopTimeout).ConfigureAwait(false);
        _http.Dispose();
    }

    public void Dispose()
    {
        _loops.Stop(StopTimeout);
        _http.Dispose();
    }

    /// <summary>The flush, and a moment for the loop to notice it is stopping.</summary>
    private TimeSpan StopTimeout => _options.FlushTimeout + TimeSpan.FromSeconds(1);

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                await _work.WaitAsync(Timeout.InfiniteTimeSpan, stopping).ConfigureAwait(false);
                await _options.Client.Delay(_options.CoalesceDelay, stopping).ConfigureAwait(false);
                while (_pending.Count > 0)
                {
                    if (!await SendBatchAsync(stopping).ConfigureAwait(false))
                    {
                        await _options.Client.Delay(_backoff.Next(cap: _options.Client.MaxBackoff), stopping).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Sends what waits, once, until done, a batch fails or the flush timeout passes.</summary>
    private async Task FlushAsync()
    {
        using var deadline = new CancellationTokenSource(_options.FlushTimeout);
        try
        {
            while (_pending.Count > 0 && await SendBatchAsync(deadline.Token).ConfigureAwait(false))
            {
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // Best effort only: the application is stopping.
        }
    }

    /// <summary>Sends the oldest batch; false when it is to be retried later, having been put back.</summary>
    private async Task<bool> SendBatchAsync(CancellationToken cancellationToken)
    {
        var batch = _pending.Take(StatusReportBody.MaxBatchSize);
        if (batch.Count == 0)
        {
            return true;
        }

        ApiFailure failure;
        try
        {
            var body = StatusReportBody.Write(_settings.ServiceName, _settings.Environment, batch);
            var status = await _http.PostAsync(_reportUri, body, static (response, _) => Task.FromResult(response.StatusCode), cancellationToken)
                .ConfigureAwait(false);
            if ((int)status is >= 200 and < 300)
            {
                Sent(batch.Count);
                return true;
            }

            failure = ApiFailure.OfStatus(status);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _pending.Return(batch);
            throw;
        }
        catch (Exception e)
        {
            failure = ApiFailure.OfException(e);
        }

        _outage.Failed(failure);
        if (failure.Kind == ApiFailureKind.Rejected)
        {
            // Sending the same statuses again would be refused again.
            _pending.CountDropped(batch.Count);
            return true;
        }

        _pending.Return(batch);
        return false;
    }

    private void Sent(int count)
    {
        _outage.Succeeded();
        _backoff.Reset();
        Volatile.Write(ref _overflowing, 0);
        DebuggerEventSource.Log.StatusesSent(count);
    }
}
