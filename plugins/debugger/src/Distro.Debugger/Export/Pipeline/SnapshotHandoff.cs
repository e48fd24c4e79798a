using System.Collections.Concurrent;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// Carries snapshots from the application's threads to one thread of ours, which hands them to the OpenTelemetry SDK:
/// building the record's attributes, decoding its body into text and running the SDK's processors then cost the
/// application nothing. The queue is bounded (a full queue refuses, counts and reports from its own thread), and an
/// idle one costs nothing: the thread polls while snapshots keep coming and, once they stop, sleeps until the next one
/// wakes it.
/// </summary>
internal sealed class SnapshotHandoff : IDisposable
{
    private const int IdlePollsBeforeSleep = 20;

    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(5);

    private readonly ConcurrentQueue<Snapshot> _queue = new();
    private readonly Action<Snapshot> _deliver;
    private readonly int _capacity;
    private readonly AutoResetEvent _wake = new(initialState: false);
    private readonly object _delivering = new();
    private readonly Thread _thread;
    private int _count;
    private int _asleep;
    private int _stopping;
    private long _dropped;
    private long _reportedDrops;

    /// <param name="capacity">The most snapshots waiting at once.</param>
    /// <param name="deliver">Called on the handoff thread, or on a thread that flushes.</param>
    public SnapshotHandoff(int capacity, Action<Snapshot> deliver)
    {
        _capacity = Math.Max(1, capacity);
        _deliver = deliver;
        _thread = new Thread(Run) { IsBackground = true, Name = "OpenTelemetry-Distro-Snapshots" };
        _thread.Start();
    }

    /// <summary>Refused because the queue was full or stopped.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Whether the thread sleeps until the next snapshot, having seen none for a while.</summary>
    internal bool IsAsleep => Volatile.Read(ref _asleep) != 0;

    /// <summary>Queues a snapshot without blocking; false (and counted) when the queue is full or stopped.</summary>
    public bool TryEnqueue(Snapshot snapshot)
    {
        if (Volatile.Read(ref _stopping) != 0)
        {
            Interlocked.Increment(ref _dropped);
            return false;
        }

        if (Interlocked.Increment(ref _count) > _capacity)
        {
            Interlocked.Decrement(ref _count);
            Interlocked.Increment(ref _dropped);
            return false;
        }

        _queue.Enqueue(snapshot);
        if (Volatile.Read(ref _asleep) != 0 && Interlocked.Exchange(ref _asleep, 0) != 0)
        {
            _wake.Set();
        }

        return true;
    }

    /// <summary>Delivers what is queued now, on the calling thread; returns once every snapshot queued before is delivered.</summary>
    public int DeliverQueued()
    {
        lock (_delivering)
        {
            var delivered = 0;
            while (_queue.TryDequeue(out var snapshot))
            {
                Interlocked.Decrement(ref _count);
                try
                {
                    _deliver(snapshot);
                }
                catch (Exception e)
                {
                    // An exception must not end this thread: unhandled there, it would end the application.
                    DebuggerEventSource.Log.SnapshotEmitFailed(e);
                }

                delivered++;
            }

            return delivered;
        }
    }

    /// <summary>Refuses further snapshots and delivers those still queued.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopping, 1) != 0)
        {
            return;
        }

        _wake.Set();
        if (_thread.Join(s_stopTimeout))
        {
            _wake.Dispose();
        }

        DeliverQueued();
        ReportNewDrops();
    }

    private void ReportNewDrops()
    {
        var dropped = Dropped;
        if (dropped != Interlocked.Exchange(ref _reportedDrops, dropped))
        {
            DebuggerEventSource.Log.SnapshotsDroppedBeforeExport(dropped);
        }
    }

    private void Run()
    {
        var idlePolls = 0;
        while (Volatile.Read(ref _stopping) == 0)
        {
            idlePolls = DeliverQueued() > 0 ? 0 : idlePolls + 1;
            ReportNewDrops();
            if (idlePolls < IdlePollsBeforeSleep)
            {
                _wake.WaitOne(s_pollInterval);
                continue;
            }

            // Announce the sleep before the last look at the queue: a snapshot queued after that look sees the
            // announcement and wakes the thread.
            Interlocked.Exchange(ref _asleep, 1);
            if (_queue.IsEmpty && Volatile.Read(ref _stopping) == 0)
            {
                _wake.WaitOne();
            }

            Interlocked.Exchange(ref _asleep, 0);
            idlePolls = 0;
        }
    }
}
