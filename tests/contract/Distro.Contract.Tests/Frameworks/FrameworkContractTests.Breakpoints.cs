using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>Breakpoints: the exception a handler throws, and the MaxHits that ends a breakpoint.</summary>
public abstract partial class FrameworkContractTests
{
    private const int MaxHits = 2;
    private const int RequestsAfterMaxHits = 3;

    [Fact]
    public Task Breakpoint_OnThrowingHandler_CapturesTheThrowableWhileTheClientGetsTheNormalError() => VerifyAsync(async () =>
    {
        var target = Targets.Throwing;
        var hash = Probes.NewLocationHash("throwing");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Breakpoint, hash, target.Location));

        var outcome = await Probes.DriveUntilSnapshotAsync(target.Call, hash);

        Assert.Equal(target.Response, outcome.Response);
        var snapshot = outcome.Of(hash);
        AssertSnapshotAttributes(snapshot, hash, "BREAKPOINT", "method", target.Location);
        var body = SnapshotBody.Parse(snapshot.Body);
        SnapshotBody.AssertHolds(body, target.Captures);
        Assert.Equal(SnapshotBody.Text(body, "captures.return.throwable.type"), snapshot.Attributes["exception.type"]);
        Assert.Equal(SnapshotBody.Text(body, "captures.return.throwable.message"), snapshot.Attributes["exception.message"]);
        Assert.Equal(target.Location.FunctionName, SnapshotBody.Text(body, "captures.return.throwable.stacktrace.0.function"));
        Assert.EndsWith(target.Location.FilePath, SnapshotBody.Text(body, "captures.return.throwable.stacktrace.0.file_path"), StringComparison.Ordinal);
        Assert.True(
            SnapshotBody.TryFind(body, "captures.return.throwable.stacktrace.1.function", out _),
            $"The throwable's stack has no frame of the framework that called {target.Location.FunctionName}: {body.GetRawText()}");
    });

    [Fact]
    public Task Breakpoint_AtMaxHits_StopsTakingSnapshotsAndReportsDisabled() => VerifyAsync(async () =>
    {
        var target = Targets.Priced;
        var limited = Probes.NewLocationHash("max-hits");
        var caller = Probes.NewLocationHash("caller");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Breakpoint, limited, target.Location, new ProbeLimits(MaxHits: MaxHits)));
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, caller, Targets.PricedCaller));

        // The caller's probe fires after the limited one in every request: once its snapshot is in, so is any other.
        await Probes.DriveUntilAsync(target.Call, caller, _ => Probes.SnapshotsOf(limited).Count >= MaxHits);
        await Probes.WaitForStatusAsync(limited, ProbeSession.Disabled);
        var later = new List<RequestOutcome>();
        for (var request = 0; request < RequestsAfterMaxHits; request++)
        {
            later.Add(await Probes.DriveUntilSnapshotAsync(target.Call, caller));
        }

        Assert.All(later, outcome => Assert.False(outcome.Has(limited), $"A snapshot after MaxHits: {outcome}"));
        Assert.All(later, outcome => Assert.Equal(target.Response, outcome.Response));
        Assert.All(later, outcome => AssertCallerSnapshot(outcome.Of(caller), caller));
        var taken = Probes.SnapshotsOf(limited);
        Assert.Equal(MaxHits, taken.Count);
        Assert.All(taken, snapshot => AssertSnapshotAttributes(snapshot, limited, "BREAKPOINT", "method", target.Location));
    });
}
