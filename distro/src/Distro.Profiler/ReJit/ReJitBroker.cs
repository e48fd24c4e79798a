using Distro.Profiler.Diagnostics;

namespace Distro.Profiler.ReJit;

/// <summary>
/// Runs ReJIT and revert requests on a thread the profiler owns. The runtime refuses RequestReJIT and
/// RequestRevert on threads it manages (CORPROF_E_UNSUPPORTED_CALL_SEQUENCE), and this thread is unknown to it.
/// Requests run one at a time, in the order they were made.
/// </summary>
internal sealed class ReJitBroker
{
    private readonly object _gate = new();
    private readonly Queue<Action> _work = new();
    private Thread? _thread;

    public void Enqueue(Action work)
    {
        lock (_gate)
        {
            _work.Enqueue(work);
            if (_thread is null)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "otel-distro-rejit" };
                _thread.Start();
            }

            Monitor.Pulse(_gate);
        }
    }

    private void Run()
    {
        while (true)
        {
            Action work;
            lock (_gate)
            {
                while (_work.Count == 0)
                {
                    Monitor.Wait(_gate);
                }

                work = _work.Dequeue();
            }

            try
            {
                work();
            }
            catch (Exception e)
            {
                ProfilerLog.Error("A ReJIT broker work item failed", e);
            }
        }
    }
}
