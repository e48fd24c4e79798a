using Distro.Debugger.Configuration;
using Distro.Debugger.Status;

namespace Distro.Debugger.Tests.Status;

public class PendingStatusesTests
{
    [Fact]
    public void Add_SameConfigurationAgain_KeepsOnlyTheLatestStatus()
    {
        var pending = new PendingStatuses(capacity: 10);
        pending.Add(Statuses.Of("h-1", InstrumentationStatus.Ready));
        pending.Add(Statuses.Of("h-2", InstrumentationStatus.Ready));

        pending.Add(Statuses.Of("h-1", InstrumentationStatus.Active));

        var taken = pending.Take(10);
        Assert.Equal(["h-2", "h-1"], taken.Select(status => status.LocationHash));
        Assert.Equal(InstrumentationStatus.Active, taken[1].Status);
    }

    [Fact]
    public void Add_BeyondCapacity_DropsTheOldestAndCountsIt()
    {
        var pending = new PendingStatuses(capacity: 3);

        var kept = Enumerable.Range(1, 5).Select(i => pending.Add(Statuses.Of($"h-{i}"))).ToList();

        Assert.Equal([true, true, true, false, false], kept);
        Assert.Equal(2, pending.Dropped);
        Assert.Equal(["h-3", "h-4", "h-5"], pending.Take(10).Select(status => status.LocationHash));
    }

    [Fact]
    public void Take_MoreWaitingThanAsked_TakesTheOldestFirst()
    {
        var pending = new PendingStatuses(capacity: 10);
        foreach (var i in Enumerable.Range(1, 5))
        {
            pending.Add(Statuses.Of($"h-{i}"));
        }

        Assert.Equal(["h-1", "h-2"], pending.Take(2).Select(status => status.LocationHash));
        Assert.Equal(3, pending.Count);
    }

    [Fact]
    public void Return_UnsentBatch_GoesBackAheadUnlessANewerStatusArrived()
    {
        var pending = new PendingStatuses(capacity: 10);
        pending.Add(Statuses.Of("h-1"));
        pending.Add(Statuses.Of("h-2"));
        var unsent = pending.Take(2);
        pending.Add(Statuses.Of("h-3"));
        pending.Add(Statuses.Of("h-2", InstrumentationStatus.Active));

        pending.Return(unsent);

        var taken = pending.Take(10);
        Assert.Equal(["h-1", "h-3", "h-2"], taken.Select(status => status.LocationHash));
        Assert.Equal(InstrumentationStatus.Active, taken[2].Status);
    }

    [Fact]
    public void Return_NoRoomLeft_DropsTheReturnedAndCountsThem()
    {
        var pending = new PendingStatuses(capacity: 2);
        pending.Add(Statuses.Of("h-1"));
        pending.Add(Statuses.Of("h-2"));
        var unsent = pending.Take(2);
        pending.Add(Statuses.Of("h-3"));
        pending.Add(Statuses.Of("h-4"));

        pending.Return(unsent);

        Assert.Equal(2, pending.Dropped);
        Assert.Equal(["h-3", "h-4"], pending.Take(10).Select(status => status.LocationHash));
    }
}
