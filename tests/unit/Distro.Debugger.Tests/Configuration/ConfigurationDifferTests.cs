using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class ConfigurationDifferTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_created = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly ConfigurationDiffer _differ = new(new FixedClock(s_now));

    private static InstrumentationConfiguration Config(
        string hash,
        InstrumentationType type = InstrumentationType.Breakpoint,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? expiresAt = null,
        string method = "M") =>
        new(
            type,
            SignalType.Snapshot,
            hash,
            createdAt ?? s_created,
            expiresAt,
            new CodeLocation("dotnet", "Shop", "C", method, "", 0),
            new CodeCapture(CaptureSelection.All, CaptureSelection.None, true, false, CodeCaptureLimits.BreakpointDefaults));

    private static Dictionary<ConfigurationIdentity, InstrumentationConfiguration> Applied(params InstrumentationConfiguration[] configurations) =>
        configurations.ToDictionary(c => c.Identity);

    [Fact]
    public void Diff_NothingApplied_AddsEverything()
    {
        var a = Config("a");
        var b = Config("b");

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(), [a, b]);

        Assert.Equal<InstrumentationConfiguration>([a, b], diff.Added);
        Assert.Empty(diff.Changed);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Unchanged);
        Assert.Empty(diff.Expired);
        Assert.True(diff.HasWork);
    }

    [Fact]
    public void Diff_SameHashAndCreatedAt_IsUnchangedAndKeepsTheAppliedInstance()
    {
        var applied = Config("a");
        var latest = Config("a", method: "EditedWithoutNewTimestamp");

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(applied), [latest]);

        Assert.Same(applied, Assert.Single(diff.Unchanged));
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Changed);
        Assert.False(diff.HasWork);
    }

    [Fact]
    public void Diff_SameHashNewCreatedAt_IsChangedWithBothVersions()
    {
        var previous = Config("a");
        var current = Config("a", createdAt: s_created.AddMinutes(5), method: "Other");

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(previous), [current]);

        var change = Assert.Single(diff.Changed);
        Assert.Same(previous, change.Previous);
        Assert.Same(current, change.Current);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Unchanged);
    }

    [Fact]
    public void Diff_CreatedAtGoneMissing_IsChanged()
    {
        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(Config("a")), [Config("a") with { CreatedAt = null }]);

        Assert.Single(diff.Changed);
    }

    [Fact]
    public void Diff_AppliedMissingFromNewSet_IsRemoved()
    {
        var kept = Config("kept");
        var gone = Config("gone");

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(kept, gone), [kept]);

        Assert.Same(gone, Assert.Single(diff.Removed));
        Assert.Same(kept, Assert.Single(diff.Unchanged));
    }

    [Fact]
    public void Diff_EmptyNewSet_RemovesEverythingOfThatType()
    {
        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(Config("a"), Config("b")), []);

        Assert.Equal(["a", "b"], diff.Removed.Select(c => c.LocationHash).Order());
    }

    [Fact]
    public void Diff_ExpiredBreakpointNotApplied_IsExpiredNotAdded()
    {
        var expired = Config("a", expiresAt: s_now.AddSeconds(-1));

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(), [expired]);

        Assert.Same(expired, Assert.Single(diff.Expired));
        Assert.Empty(diff.Added);
    }

    [Fact]
    public void Diff_ExpiredBreakpointApplied_IsExpiredNotUnchangedNorRemoved()
    {
        var expired = Config("a", expiresAt: s_now);

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(expired), [expired]);

        Assert.Same(expired, Assert.Single(diff.Expired));
        Assert.Empty(diff.Unchanged);
        Assert.Empty(diff.Removed);
        Assert.True(diff.HasWork);
    }

    [Fact]
    public void Diff_BreakpointExpiringLater_IsNotExpired()
    {
        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(), [Config("a", expiresAt: s_now.AddTicks(1))]);

        Assert.Single(diff.Added);
        Assert.Empty(diff.Expired);
    }

    [Fact]
    public void Diff_ProbeWithPastExpiry_NeverExpires()
    {
        var probe = Config("p", InstrumentationType.Probe, expiresAt: s_now.AddDays(-1));

        var diff = _differ.Diff(InstrumentationType.Probe, Applied(), [probe]);

        Assert.Same(probe, Assert.Single(diff.Added));
        Assert.Empty(diff.Expired);
    }

    [Fact]
    public void Diff_BreakpointSet_LeavesAppliedProbesAlone()
    {
        var probe = Config("same-hash", InstrumentationType.Probe);
        var breakpoint = Config("same-hash", InstrumentationType.Breakpoint);

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(probe, breakpoint), []);

        Assert.Same(breakpoint, Assert.Single(diff.Removed));
    }

    [Fact]
    public void Diff_ProbeSet_IgnoresBreakpointsOnEitherSide()
    {
        var appliedBreakpoint = Config("b", InstrumentationType.Breakpoint);
        var strayBreakpoint = Config("x", InstrumentationType.Breakpoint);
        var probe = Config("p", InstrumentationType.Probe);

        var diff = _differ.Diff(InstrumentationType.Probe, Applied(appliedBreakpoint), [probe, strayBreakpoint]);

        Assert.Same(probe, Assert.Single(diff.Added));
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Expired);
    }

    [Fact]
    public void Diff_RepeatedIdentityInNewSet_FirstWins()
    {
        var first = Config("a");
        var second = Config("a", createdAt: s_created.AddHours(1));

        var diff = _differ.Diff(InstrumentationType.Breakpoint, Applied(), [first, second]);

        Assert.Same(first, Assert.Single(diff.Added));
    }

    [Fact]
    public void Diff_EveryKindAtOnce_PutsEachConfigurationInExactlyOneList()
    {
        var unchanged = Config("unchanged");
        var changedBefore = Config("changed");
        var changedAfter = Config("changed", createdAt: s_created.AddHours(1));
        var removed = Config("removed");
        var added = Config("added");
        var expired = Config("expired", expiresAt: s_now.AddMinutes(-1));
        var appliedProbe = Config("probe", InstrumentationType.Probe);

        var diff = _differ.Diff(
            InstrumentationType.Breakpoint,
            Applied(unchanged, changedBefore, removed, expired, appliedProbe),
            [added, unchanged, changedAfter, expired]);

        Assert.Same(added, Assert.Single(diff.Added));
        Assert.Equal(new ConfigurationChange(changedBefore, changedAfter), Assert.Single(diff.Changed));
        Assert.Same(removed, Assert.Single(diff.Removed));
        Assert.Same(unchanged, Assert.Single(diff.Unchanged));
        Assert.Same(expired, Assert.Single(diff.Expired));
    }
}
