using Distro.Profiler.ReJit;

namespace Distro.Profiler.Tests;

public class RequestTrackerTests
{
    [Fact]
    public void Create_NewRequest_IsQueued()
    {
        var tracker = new RequestTracker();

        var id = tracker.Create();

        Assert.Equal(RequestState.Queued, tracker.Get(id).State);
    }

    [Fact]
    public void Fail_ThenSet_TheFailureStays()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create();

        tracker.Fail(id, FailureKind.RuntimeRejected, unchecked((int)0x8013153A), "invalid program");
        tracker.Set(id, RequestState.Applied);

        var status = tracker.Get(id);
        Assert.Equal(RequestState.Failed, status.State);
        Assert.Equal(FailureKind.RuntimeRejected, status.Failure);
        Assert.Equal("invalid program", status.Message);
    }

    [Fact]
    public async Task WaitProcessed_WhenAnotherThreadSetsTheState_ReturnsIt()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create();

        var waiting = Task.Run(() => tracker.WaitProcessed(id, TimeSpan.FromSeconds(30)));
        tracker.Set(id, RequestState.Requested);

        Assert.Equal(RequestState.Requested, (await waiting).State);
    }

    [Fact]
    public void WaitProcessed_NobodySetsTheState_ReturnsQueuedAtTheTimeout()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create();

        Assert.Equal(RequestState.Queued, tracker.WaitProcessed(id, TimeSpan.FromMilliseconds(20)).State);
    }

    [Fact]
    public void Create_BeyondCapacity_ForgetsTheOldestRequests()
    {
        var tracker = new RequestTracker();
        var first = tracker.Create();

        for (var i = 0; i < RequestTracker.Capacity; i++)
        {
            tracker.Create();
        }

        Assert.Equal(RequestState.Unknown, tracker.Get(first).State);
    }
}
