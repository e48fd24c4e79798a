namespace Distro.Debugger.Sources;

/// <summary>
/// Wakes one background loop when something happened. Setting it never blocks; settings that arrive while it is
/// already set are one wake-up, which the loop handles by looking at the latest state.
/// </summary>
internal sealed class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private int _set;

    public void Set()
    {
        if (Interlocked.Exchange(ref _set, 1) == 0)
        {
            _semaphore.Release();
        }
    }

    /// <summary>Waits until set or until <paramref name="timeout"/>, and clears the signal; true when it was set.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await _semaphore.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        Volatile.Write(ref _set, 0);
        return true;
    }

    /// <summary>Clears the signal if it is set, without waiting; true when it was set.</summary>
    public bool TryConsume()
    {
        if (!_semaphore.Wait(0))
        {
            return false;
        }

        Volatile.Write(ref _set, 0);
        return true;
    }

    public void Dispose() => _semaphore.Dispose();
}
