using Distro.Debugger.Diagnostics;
using Distro.Hooks.Control;

namespace Distro.Debugger.Instrumentation;

/// <summary>
/// Waits for the profiler to process rewrite requests, on one background thread that exists while there is something
/// to wait for. The profiler handles requests one after another, so waiting for them in order takes no longer than a
/// wait per request, and thousands of probes applied at once never hold the application's thread-pool threads.
/// </summary>
internal sealed class RewriteStatusWaiter
{
    private readonly Queue<(IRewriteHandle Rewrite, TimeSpan Timeout, TaskCompletionSource<InstrumentationStatus> Processed)> _waiting = new();
    private bool _isRunning;

    public static RewriteStatusWaiter Shared { get; } = new();

    /// <summary>Completes, never faulted, with the rewrite's status once the profiler processed it or the timeout passed.</summary>
    public Task<InstrumentationStatus> WhenProcessed(IRewriteHandle rewrite, TimeSpan timeout)
    {
        var processed = new TaskCompletionSource<InstrumentationStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiting)
        {
            _waiting.Enqueue((rewrite, timeout, processed));
            if (_isRunning)
            {
                return processed.Task;
            }

            _isRunning = true;
        }

        try
        {
            new Thread(WaitInOrder) { IsBackground = true, Name = "OpenTelemetry-Distro-Rewrites" }.Start();
        }
        catch (Exception e)
        {
            // Without a thread of its own the caller waits: slower, but every status still arrives.
            DebuggerEventSource.Log.ProbeManagerFailed(nameof(WhenProcessed), e.ToString());
            WaitInOrder();
        }

        return processed.Task;
    }

    private void WaitInOrder()
    {
        while (true)
        {
            (IRewriteHandle Rewrite, TimeSpan Timeout, TaskCompletionSource<InstrumentationStatus> Processed) next;
            lock (_waiting)
            {
                if (!_waiting.TryDequeue(out next))
                {
                    _isRunning = false;
                    return;
                }
            }

            next.Processed.SetResult(StatusOf(next.Rewrite, next.Timeout));
        }
    }

    private static InstrumentationStatus StatusOf(IRewriteHandle rewrite, TimeSpan timeout)
    {
        try
        {
            return rewrite.WaitForStatus(timeout);
        }
        catch (Exception e)
        {
            return new InstrumentationStatus(InstrumentationState.Failed, InstrumentationFailure.InternalError, e.HResult, e.Message);
        }
    }
}
