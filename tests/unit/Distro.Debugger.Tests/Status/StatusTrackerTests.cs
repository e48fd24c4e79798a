using Distro.Debugger.Configuration;
using Distro.Debugger.Status;

namespace Distro.Debugger.Tests.Status;

public class StatusTrackerTests
{
    private readonly RecordingSink _sink = new();
    private readonly ManualClock _clock = new();
    private readonly StatusTracker _tracker;

    public StatusTrackerTests() => _tracker = new StatusTracker(_sink, _clock);

    [Fact]
    public void Ready_CalledTwice_ReportsReadyOnceWithTheConfigurationAndTime()
    {
        var configuration = Statuses.Configuration();

        _tracker.Ready(configuration);
        _tracker.Ready(configuration);

        var ready = Assert.Single(_sink.Statuses);
        Assert.Equal(ConfigurationStatus.Of(configuration, InstrumentationStatus.Ready, _clock.GetUtcNow()), ready);
    }

    [Fact]
    public void Error_CalledTwice_ReportsTheFirstErrorOnceWithItsCause()
    {
        var configuration = Statuses.Configuration();

        _tracker.Error(configuration, ErrorCause.MethodNotFound, "no method Create on OrdersController");
        _tracker.Error(configuration, ErrorCause.RuntimeError, "later failure");

        var error = Assert.Single(_sink.Statuses);
        Assert.Equal(InstrumentationStatus.Error, error.Status);
        Assert.Equal(ErrorCause.MethodNotFound, error.Cause);
    }

    [Fact]
    public void Disabled_CalledTwice_ReportsOnceAndSilencesLaterHits()
    {
        var configuration = Statuses.Configuration();
        _tracker.Ready(configuration);

        _tracker.Disabled(configuration);
        _tracker.Disabled(configuration);
        _clock.Advance(TimeSpan.FromMinutes(5));
        _tracker.Hit(configuration);

        Assert.Equal([InstrumentationStatus.Ready, InstrumentationStatus.Disabled], _sink.Kinds);
    }

    [Fact]
    public void Hit_FirstThenWithinTheInterval_ReportsActiveOnce()
    {
        var configuration = Statuses.Configuration();
        _tracker.Ready(configuration);

        _tracker.Hit(configuration);
        _clock.Advance(TimeSpan.FromSeconds(59));
        _tracker.Hit(configuration);

        Assert.Equal([InstrumentationStatus.Ready, InstrumentationStatus.Active], _sink.Kinds);
    }

    [Fact]
    public void Hit_AfterTheInterval_ReportsActiveAgain()
    {
        var configuration = Statuses.Configuration();
        _tracker.Ready(configuration);
        _tracker.Hit(configuration);

        _clock.Advance(TimeSpan.FromSeconds(60));
        _tracker.Hit(configuration);
        _tracker.Hit(configuration);

        Assert.Equal([InstrumentationStatus.Ready, InstrumentationStatus.Active, InstrumentationStatus.Active], _sink.Kinds);
        Assert.Equal(_clock.GetUtcNow(), _sink.Statuses[^1].Time);
    }

    [Fact]
    public void Hit_ConfiguredInterval_ThrottlesToIt()
    {
        var tracker = new StatusTracker(_sink, _clock, activeInterval: TimeSpan.FromSeconds(5));
        var configuration = Statuses.Configuration();
        tracker.Track(configuration);

        tracker.Hit(configuration);
        _clock.Advance(TimeSpan.FromSeconds(4));
        tracker.Hit(configuration);
        _clock.Advance(TimeSpan.FromSeconds(1));
        tracker.Hit(configuration);

        Assert.Equal([InstrumentationStatus.Active, InstrumentationStatus.Active], _sink.Kinds);
    }

    [Fact]
    public void Hit_ManyThreadsAtOnce_ReportActiveOnce()
    {
        var configuration = Statuses.Configuration();
        _tracker.Track(configuration);

        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => _tracker.Hit(configuration));

        Assert.Equal([InstrumentationStatus.Active], _sink.Kinds);
    }

    [Fact]
    public void Hit_Throttled_AllocatesNothing()
    {
        var configuration = Statuses.Configuration();
        _tracker.Track(configuration);
        _tracker.Hit(configuration);
        _tracker.Hit(configuration);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var hit = 0; hit < 10_000; hit++)
        {
            _tracker.Hit(configuration);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Single(_sink.Statuses);
    }

    [Fact]
    public void Hit_UntrackedConfiguration_ReportsNothing()
    {
        _tracker.Hit(Statuses.Configuration());

        Assert.Empty(_sink.Statuses);
    }

    [Fact]
    public void Hit_BeforeReady_ReportsActiveAndReadyIsThenNotReported()
    {
        var configuration = Statuses.Configuration();
        _tracker.Track(configuration);

        _tracker.Hit(configuration);
        _tracker.Ready(configuration);

        Assert.Equal([InstrumentationStatus.Active], _sink.Kinds);
    }

    [Fact]
    public void Removed_ThenHitsAndStatuses_ReportNothingMoreForTheOldOnes()
    {
        var configuration = Statuses.Configuration();
        _tracker.Ready(configuration);

        _tracker.Removed(configuration.Identity);
        _clock.Advance(TimeSpan.FromMinutes(5));
        _tracker.Hit(configuration);

        Assert.Equal([InstrumentationStatus.Ready], _sink.Kinds);
    }

    [Fact]
    public void Ready_RecreatedConfiguration_StartsAfresh()
    {
        var first = Statuses.Configuration(createdAt: "2026-11-20T10:00:00Z");
        var recreated = Statuses.Configuration(createdAt: "2026-11-20T11:00:00Z");
        _tracker.Ready(first);
        _tracker.Disabled(first);

        _tracker.Ready(recreated);
        _tracker.Hit(first);
        _tracker.Hit(recreated);

        Assert.Equal([InstrumentationStatus.Ready, InstrumentationStatus.Disabled, InstrumentationStatus.Ready, InstrumentationStatus.Active], _sink.Kinds);
        Assert.All(_sink.Statuses.Skip(2), status => Assert.Equal(recreated.LocationHash, status.LocationHash));
    }

    [Fact]
    public void Error_AfterReady_IsReported()
    {
        var configuration = Statuses.Configuration();
        _tracker.Ready(configuration);

        _tracker.Error(configuration, ErrorCause.RuntimeError, "the rewrite was reverted");

        Assert.Equal([InstrumentationStatus.Ready, InstrumentationStatus.Error], _sink.Kinds);
    }
}
