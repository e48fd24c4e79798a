using System.Collections.Concurrent;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Lifecycle;

/// <summary>
/// Collects the names of assemblies as they load and hands them in batches to a retry that needs the probe manager's
/// gate. It never waits for the gate: while someone else holds it (applying thousands of configurations can take
/// seconds), the names wait until that holder calls <see cref="GateReleased"/>, so an application loading many
/// assemblies meanwhile does not get a blocked thread-pool thread for each.
/// </summary>
internal sealed class AssemblyLoadRetries(object gate, Action<IReadOnlySet<string>> retryUnderGate)
{
    private readonly ConcurrentQueue<string> _names = new();
    private int _isScheduled;

    /// <summary>Whether a retry is queued to the thread pool and has not run yet.</summary>
    public bool IsScheduled => Volatile.Read(ref _isScheduled) == 1;

    public void Loaded(string assemblyName)
    {
        _names.Enqueue(assemblyName);
        Schedule();
    }

    /// <summary>Called by every holder of the gate once it released it: names that arrived meanwhile are retried now.</summary>
    public void GateReleased() => Schedule();

    private void Schedule()
    {
        if (!_names.IsEmpty && Interlocked.Exchange(ref _isScheduled, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static retries => retries.Retry(), this, preferLocal: false);
        }
    }

    private void Retry()
    {
        // Reset first: a name queued from here on schedules another retry, so none is left waiting.
        Volatile.Write(ref _isScheduled, 0);
        if (!Monitor.TryEnter(gate))
        {
            return;
        }

        try
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (_names.TryDequeue(out var name))
            {
                names.Add(name);
            }

            if (names.Count > 0)
            {
                retryUnderGate(names);
            }
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ProbeManagerFailed(nameof(AssemblyLoadRetries), e.ToString());
        }
        finally
        {
            Monitor.Exit(gate);
        }

        Schedule();
    }
}
