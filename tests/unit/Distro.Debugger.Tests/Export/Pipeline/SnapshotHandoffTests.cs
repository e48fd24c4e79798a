using System.Collections.Concurrent;
using Distro.Debugger.Export;
using Distro.Debugger.Export.Pipeline;

namespace Distro.Debugger.Tests.Export.Pipeline;

public sealed class SnapshotHandoffTests
{
    private static readonly TimeSpan s_generous = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<Snapshot> _delivered = new();

    [Fact]
    public void TryEnqueue_QueueFull_RefusesAndCounts()
    {
        using var entered = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        var first = SampleSnapshots.Traced();
        using var handoff = new SnapshotHandoff(capacity: 2, snapshot =>
        {
            if (ReferenceEquals(snapshot, first))
            {
                entered.Set();
                gate.Wait(s_generous);
            }

            _delivered.Enqueue(snapshot);
        });
        Assert.True(handoff.TryEnqueue(first));
        Assert.True(entered.Wait(s_generous), "the handoff thread takes the first snapshot");

        Assert.True(handoff.TryEnqueue(SampleSnapshots.Traced()));
        Assert.True(handoff.TryEnqueue(SampleSnapshots.Traced()));
        Assert.False(handoff.TryEnqueue(SampleSnapshots.Traced()));

        Assert.Equal(1, handoff.Dropped);
        gate.Set();
        Eventually.True(() => _delivered.Count == 3, "the queued snapshots are delivered once the first is");
    }

    [Fact]
    public void TryEnqueue_SnapshotsKeepComing_DeliversEachOnTheHandoffThread()
    {
        var threads = new ConcurrentBag<int>();
        using var handoff = new SnapshotHandoff(capacity: 100, snapshot =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            _delivered.Enqueue(snapshot);
        });

        for (var i = 0; i < 10; i++)
        {
            Assert.True(handoff.TryEnqueue(SampleSnapshots.Traced()));
        }

        Eventually.True(() => _delivered.Count == 10, "every snapshot is delivered");
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
        Assert.Equal(0, handoff.Dropped);
    }

    [Fact]
    public void TryEnqueue_AfterTheThreadFellAsleep_WakesIt()
    {
        using var handoff = new SnapshotHandoff(capacity: 10, _delivered.Enqueue);
        Eventually.True(() => handoff.IsAsleep, "the idle handoff thread goes to sleep");

        Assert.True(handoff.TryEnqueue(SampleSnapshots.Traced()));

        Eventually.True(() => _delivered.Count == 1, "the sleeping thread wakes and delivers the snapshot");
    }

    [Fact]
    public async Task DeliverQueued_OnTheCallingThread_DeliversEverythingQueuedBeforeIt()
    {
        using var entered = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        var first = SampleSnapshots.Traced();
        using var handoff = new SnapshotHandoff(capacity: 10, snapshot =>
        {
            if (ReferenceEquals(snapshot, first))
            {
                entered.Set();
                gate.Wait(s_generous);
            }

            _delivered.Enqueue(snapshot);
        });
        handoff.TryEnqueue(first);
        Assert.True(entered.Wait(s_generous), "the handoff thread is delivering the first snapshot");
        handoff.TryEnqueue(SampleSnapshots.Traced());

        var flushing = Task.Run(handoff.DeliverQueued);
        var finishedFirst = await Task.WhenAny(flushing, Task.Delay(TimeSpan.FromMilliseconds(100)));
        Assert.NotSame(flushing, finishedFirst);
        gate.Set();

        await flushing.WaitAsync(s_generous);
        Assert.Equal(2, _delivered.Count);
    }

    [Fact]
    public void Dispose_WithSnapshotsQueued_DeliversThemAndRefusesLaterOnes()
    {
        var handoff = new SnapshotHandoff(capacity: 10, _delivered.Enqueue);
        for (var i = 0; i < 3; i++)
        {
            handoff.TryEnqueue(SampleSnapshots.Traced());
        }

        handoff.Dispose();

        Assert.Equal(3, _delivered.Count);
        Assert.False(handoff.TryEnqueue(SampleSnapshots.Traced()));
        Assert.Equal(1, handoff.Dropped);
    }

    [Fact]
    public void Deliver_Throws_LaterSnapshotsAreStillDelivered()
    {
        var calls = 0;
        using var handoff = new SnapshotHandoff(capacity: 10, snapshot =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("the SDK failed");
            }

            _delivered.Enqueue(snapshot);
        });

        handoff.TryEnqueue(SampleSnapshots.Traced());
        Eventually.True(() => Volatile.Read(ref calls) == 1, "the failing delivery ran");
        handoff.TryEnqueue(SampleSnapshots.Traced());

        Eventually.True(() => _delivered.Count == 1, "the next snapshot is delivered by the same thread");
    }
}
