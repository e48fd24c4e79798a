using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Sources;

/// <summary>
/// Runs a component's loops on the thread pool from <see cref="Start"/> until <see cref="StopAsync"/> or
/// <see cref="Stop"/> cancels them. A loop ends quietly when cancelled; anything else it throws is reported, never
/// rethrown into the application.
/// </summary>
/// <remarks><para><c>component</c>: Names the component in diagnostics.</para></remarks>
internal sealed class BackgroundLoops(string component, params Func<CancellationToken, Task>[] loops)
{
    private readonly object _lifecycle = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;
    private bool _started;
    private bool _stopped;

    /// <summary>Starts the loops, once; after a stop it does nothing.</summary>
    public void Start()
    {
        lock (_lifecycle)
        {
            if (_started || _stopped)
            {
                return;
            }

            _started = true;
            var stopping = _stopping.Token;

            // The loops outlive the caller: they must not hold on to its activity or other async-local state.
            using (ExecutionContext.SuppressFlow())
            {
                _running = Task.WhenAll(loops.Select(loop => Task.Run(() => RunAsync(loop, stopping), CancellationToken.None)));
            }
        }
    }

    /// <summary>Cancels the loops and waits for them to end, at most <paramref name="timeout"/>; true when they ended.</summary>
    public async Task<bool> StopAsync(TimeSpan timeout)
    {
        if (!BeginStop())
        {
            return true;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        var ended = await Task.WhenAny(_running, Task.Delay(timeout, CancellationToken.None)).ConfigureAwait(false) == _running;
        EndStop(ended);
        return ended;
    }

    /// <inheritdoc cref="StopAsync"/>
    public bool Stop(TimeSpan timeout)
    {
        if (!BeginStop())
        {
            return true;
        }

        _stopping.Cancel();
        var ended = _running.Wait(timeout);
        EndStop(ended);
        return ended;
    }

    private bool BeginStop()
    {
        lock (_lifecycle)
        {
            var first = !_stopped;
            _stopped = true;
            return first;
        }
    }

    private void EndStop(bool ended)
    {
        // A loop still running (stuck in a consumer call) keeps using the token: leave its source to the collector.
        if (ended)
        {
            _stopping.Dispose();
        }
    }

    private async Task RunAsync(Func<CancellationToken, Task> loop, CancellationToken stopping)
    {
        try
        {
            await loop(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped.
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.BackgroundWorkFailed(component, e.ToString());
        }
    }
}
