namespace Distro.Debugger.Tests.Sources;

/// <summary>
/// Stands in for real waits: records each requested delay and holds it until the test releases it, so a loop's
/// schedule is observed exactly and advanced at the test's pace, without real time passing.
/// </summary>
internal sealed class ScriptedDelays
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _requested = [];
    private readonly List<TaskCompletionSource> _held = [];

    public Func<TimeSpan, CancellationToken, Task> Delay => WaitAsync;

    public IReadOnlyList<TimeSpan> Requested
    {
        get
        {
            lock (_lock)
            {
                return [.. _requested];
            }
        }
    }

    /// <summary>Waits until the loop has asked for its <paramref name="count"/>th delay and returns that delay.</summary>
    public async Task<TimeSpan> WaitForAsync(int count)
    {
        await Eventually.UntilAsync(() => Requested.Count >= count, $"delay #{count} is requested");
        return Requested[count - 1];
    }

    /// <summary>Ends every delay being waited on now.</summary>
    public void ReleaseAll()
    {
        lock (_lock)
        {
            foreach (var held in _held)
            {
                held.TrySetResult();
            }

            _held.Clear();
        }
    }

    private Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellationToken.Register(() => held.TrySetCanceled(cancellationToken));
        lock (_lock)
        {
            _requested.Add(delay);
            _held.Add(held);
        }

        return held.Task;
    }
}
