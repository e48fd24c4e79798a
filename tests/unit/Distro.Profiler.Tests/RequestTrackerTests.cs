using Distro.Profiler.ReJit;

namespace Distro.Profiler.Tests;

public class RequestTrackerTests
{
    private static readonly RequestedMethod s_method = new(Guid.Parse("6f1c1e0e-8d1a-4a57-9d4c-2b4f0b1a7e01"), 0x06000001);

    [Fact]
    public void Create_NewRequest_IsQueued()
    {
        var tracker = new RequestTracker();

        var id = tracker.Create(s_method);

        Assert.Equal(RequestState.Queued, tracker.Get(id).State);
    }

    [Fact]
    public void Fail_ThenSet_TheFailureStays()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create(s_method);

        tracker.Fail(id, FailureKind.RuntimeRejected, unchecked((int)0x8013153A), "invalid program");
        tracker.Set(id, RequestState.Applied);

        var status = tracker.Get(id);
        Assert.Equal(RequestState.Failed, status.State);
        Assert.Equal(FailureKind.RuntimeRejected, status.Failure);
        Assert.Equal("invalid program", status.Message);
    }

    [Fact]
    public void Set_WithoutAMessage_KeepsTheNoteOfTheEarlierState()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create(s_method);

        tracker.Set(id, RequestState.Requested, "fell back to RequestReJIT");
        tracker.Set(id, RequestState.Applied);

        Assert.Equal(new RequestStatus(RequestState.Applied, FailureKind.None, 0, "fell back to RequestReJIT"), tracker.Get(id));
    }

    [Fact]
    public void Set_RequestedAfterTheRuntimeAppliedTheRewrite_StaysAppliedAndTakesTheNote()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create(s_method);

        tracker.Set(id, RequestState.Applied);
        tracker.Set(id, RequestState.Requested, "fell back to RequestReJIT");

        Assert.Equal(new RequestStatus(RequestState.Applied, FailureKind.None, 0, "fell back to RequestReJIT"), tracker.Get(id));
    }

    [Fact]
    public async Task WaitProcessed_WhenAnotherThreadSetsTheState_ReturnsIt()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create(s_method);

        var waiting = Task.Run(() => tracker.WaitProcessed(id, TimeSpan.FromSeconds(30)));
        tracker.Set(id, RequestState.Requested);

        Assert.Equal(RequestState.Requested, (await waiting).State);
    }

    [Fact]
    public void WaitProcessed_NobodySetsTheState_ReturnsQueuedAtTheTimeout()
    {
        var tracker = new RequestTracker();
        var id = tracker.Create(s_method);

        Assert.Equal(RequestState.Queued, tracker.WaitProcessed(id, TimeSpan.FromMilliseconds(20)).State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Create_BeyondCapacity_ForgetsTheOldestFinishedRequests(bool failed)
    {
        var tracker = new RequestTracker();
        var first = tracker.Create(s_method);
        Finish(tracker, first, failed ? RequestState.Failed : RequestState.Reverted);

        for (var i = 0; i < RequestTracker.Capacity; i++)
        {
            Finish(tracker, tracker.Create(MethodNumber(i)), RequestState.Reverted);
        }

        Assert.Equal(RequestState.Unknown, tracker.Get(first).State);
    }

    [Fact]
    public void Create_BeyondCapacity_ForgetsTheRequestsANewerOneForTheSameMethodReplaced()
    {
        var tracker = new RequestTracker();
        var replaced = tracker.Create(s_method);
        tracker.Set(replaced, RequestState.Applied);
        var current = tracker.Create(s_method);
        tracker.Set(current, RequestState.Applied);

        for (var i = 0; i < RequestTracker.Capacity; i++)
        {
            Finish(tracker, tracker.Create(MethodNumber(i)), RequestState.Reverted);
        }

        Assert.Equal(RequestState.Unknown, tracker.Get(replaced).State);
        Assert.Equal(RequestState.Applied, tracker.Get(current).State);
    }

    [Fact]
    public void Create_ManyLaterRequests_KeepTheStatusOfAMethodThatStaysArmed()
    {
        var tracker = new RequestTracker();
        var armed = tracker.Create(s_method);
        tracker.Set(armed, RequestState.Applied, "kept");

        for (var i = 0; i < 2 * RequestTracker.Capacity; i++)
        {
            var other = tracker.Create(MethodNumber(i % 3));
            tracker.Set(other, RequestState.Applied);
        }

        Assert.Equal(new RequestStatus(RequestState.Applied, FailureKind.None, 0, "kept"), tracker.Get(armed));
    }

    [Fact]
    public void Create_MoreArmedMethodsThanTheCapacity_KeepsEachOnesStatus()
    {
        var tracker = new RequestTracker();
        var armed = Enumerable.Range(0, RequestTracker.Capacity + 10).Select(i => tracker.Create(MethodNumber(i))).ToList();
        armed.ForEach(id => tracker.Set(id, RequestState.Requested));

        Assert.All(armed, id => Assert.Equal(RequestState.Requested, tracker.Get(id).State));
    }

    [Fact]
    public void Create_AfterArmedMethodsWereReverted_ForgetsTheirRequests()
    {
        var tracker = new RequestTracker();
        var rewrites = Enumerable.Range(0, RequestTracker.Capacity).Select(i => tracker.Create(MethodNumber(i))).ToList();
        rewrites.ForEach(id => tracker.Set(id, RequestState.Applied));
        var reverts = Enumerable.Range(0, RequestTracker.Capacity).Select(i => tracker.Create(MethodNumber(i))).ToList();
        reverts.ForEach(id => tracker.Set(id, RequestState.Reverted));

        var later = Enumerable.Range(RequestTracker.Capacity, RequestTracker.Capacity).Select(i => tracker.Create(MethodNumber(i))).ToList();
        later.ForEach(id => tracker.Set(id, RequestState.Requested));

        Assert.All(rewrites.Concat(reverts), id => Assert.Equal(RequestState.Unknown, tracker.Get(id).State));
        Assert.All(later, id => Assert.Equal(RequestState.Requested, tracker.Get(id).State));
    }

    private static RequestedMethod MethodNumber(int number) => s_method with { MethodToken = 0x06000100 + number };

    private static void Finish(RequestTracker tracker, long id, RequestState state)
    {
        if (state == RequestState.Failed)
        {
            tracker.Fail(id, FailureKind.ReJitRequestFailed, -1, "refused");
        }
        else
        {
            tracker.Set(id, state);
        }
    }
}
